// Body parsing for the whole sandbox, before any platform router: JSON, form-encoded (OAuth token
// endpoints), XML/text (SOAP) and octet-stream. The exact bytes are kept on the request for
// platforms that need them (webhook signatures, SOAP envelopes): read them with `rawBody(req)`.
import express, { type Request, type RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';

const LIMIT = '25mb'; // write-backs may carry base64 documents (PDF reminders)

const rawBodies = new WeakMap<IncomingMessage, Buffer>();

function keepRaw(req: IncomingMessage, _res: unknown, buffer: Buffer): void {
  rawBodies.set(req, buffer);
}

export function bodyParsers(): RequestHandler[] {
  return [
    express.json({ limit: LIMIT, verify: keepRaw, type: ['application/json', 'application/*+json'] }),
    express.urlencoded({ limit: LIMIT, verify: keepRaw, extended: false }),
    express.text({ limit: LIMIT, verify: keepRaw, type: ['text/*', 'application/xml', 'application/soap+xml', 'application/*+xml'] }),
    express.raw({ limit: LIMIT, verify: keepRaw, type: 'application/octet-stream' }),
  ];
}

/** The request body exactly as received, or undefined when there was none (or no parser matched). */
export function rawBody(req: Request | IncomingMessage): Buffer | undefined {
  return rawBodies.get(req);
}

/** body-parser's error for a body it could not parse (malformed JSON); other body errors (413, 415) are not. */
export function isBodyParseError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'type' in err && err.type === 'entity.parse.failed';
}
