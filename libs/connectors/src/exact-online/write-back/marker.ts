// How a write-back finds itself again (look before write, DESIGN.md "Connectors"): the note's or
// document's subject ends in the action's idempotency key, `Herinnering 2 factuur 24700001
// [dunning-action:…]`, and a retry first asks Exact for that exact subject on the debtor.
import { ConnectorError } from '../../port/errors.js';

/** Exact's limit for these subjects is not documented (❓); 200 stays within every text field seen. */
export const MAX_SUBJECT_CHARS = 200;

/** Whitespace collapsed and trimmed (what Exact stores is what we look for), the key always whole. */
export function markedSubject(subject: string, idempotencyKey: string): string {
  const marker = ` [${idempotencyKey.trim()}]`;
  const room = MAX_SUBJECT_CHARS - marker.length;
  const text = subject.replace(/\s+/g, ' ').trim();
  const shortened = text.length > room ? `${text.slice(0, room - 1).trimEnd()}…` : text;
  return `${shortened}${marker}`;
}

export function writeBackRefused(reason: string, endpoint?: string): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online write-back refused: ${reason}`, endpoint });
}
