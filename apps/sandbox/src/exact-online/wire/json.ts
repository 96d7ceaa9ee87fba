// Writing JSON the way Exact's WCF stack does: compact, `application/json;charset=utf-8`, and
// with forward slashes escaped (`\/Date(…)\/`, `https:\/\/…`) when the switch is on. A `/`
// only ever occurs inside JSON strings, so escaping it in the text keeps the JSON equivalent.
import type { Response } from 'express';

export const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';

export function exactJsonText(body: unknown, escapeForwardSlashes: boolean): string {
  const text = JSON.stringify(body);
  return escapeForwardSlashes ? text.replace(/\//g, '\\/') : text;
}

export function sendExactJson(res: Response, status: number, body: unknown, escapeForwardSlashes: boolean): void {
  // A Buffer, so express keeps the header exactly as Exact writes it (no "; charset" rewrite).
  res.status(status).setHeader('Content-Type', JSON_CONTENT_TYPE);
  res.send(Buffer.from(exactJsonText(body, escapeForwardSlashes), 'utf8'));
}
