// How a SnelStart write-back finds itself again (look before write, §3.4: no idempotency keys).
// A memo line ends in `[<idempotencyKey>]`; a document's file name carries a short hash of the key
// (file names refuse some characters and have a length limit, BLG-0016/BLG-0017).
import { createHash } from 'node:crypto';
import { ConnectorError } from '../../port/errors.js';

export function memoMarker(idempotencyKey: string): string {
  return `[${idempotencyKey.trim()}]`;
}

/** `herinnering-2-F-2026-00167-hub-1a2b3c4d5e6f.pdf`: the caller's name, made safe, plus the key's hash. */
export function markedFileName(fileName: string, idempotencyKey: string): string {
  const base = fileName
    .replace(/\.pdf$/i, '')
    .replace(/[^A-Za-z0-9._ -]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base === '' ? 'document' : base}-${fileMarker(idempotencyKey)}.pdf`;
}

export function fileMarker(idempotencyKey: string): string {
  return `hub-${createHash('sha256').update(idempotencyKey.trim()).digest('hex').slice(0, 12)}`;
}

export function writeBackRefused(reason: string, endpoint?: string): ConnectorError {
  return new ConnectorError({ platform: 'snelstart', errorClass: 'invalid_request', message: `snelstart write-back refused: ${reason}`, endpoint });
}
