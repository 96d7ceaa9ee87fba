// §5.4: Exact signs a notification with `HashCode` in the body (there is no signature header):
// the uppercase hex HMAC-SHA256, keyed with the app's webhook secret (not the client secret),
// of the `Content` value's JSON text exactly as sent, i.e. the bytes from just after
// `{"Content":` to just before `,"HashCode":`. Those bytes are cut out of the raw body and
// hashed as they are; parsed JSON is never serialised again (key order and spacing would differ).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseExactWebhookContent, type ExactWebhookContent } from './webhook-content.js';

export type ExactWebhookVerification = { valid: true; content: ExactWebhookContent } | { valid: false; reason: string };

const PREFIX = Buffer.from('{"Content":', 'utf8');
const HASH_KEY = Buffer.from(',"HashCode":"', 'utf8');
const SUFFIX = Buffer.from('"}', 'utf8');
const HASH_HEX = /^[0-9A-Fa-f]{64}$/;

export function verifyExactWebhook(rawBody: string | Buffer, webhookSecret: string): ExactWebhookVerification {
  if (webhookSecret === '') return { valid: false, reason: 'no webhook secret configured' };
  const body = trimTrailingWhitespace(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
  if (!body.subarray(0, PREFIX.length).equals(PREFIX)) return { valid: false, reason: 'the body does not start with {"Content":' };
  const hashAt = body.lastIndexOf(HASH_KEY);
  if (hashAt < PREFIX.length || !body.subarray(body.length - SUFFIX.length).equals(SUFFIX)) {
    return { valid: false, reason: 'the body does not end with a "HashCode" field' };
  }
  const given = body.subarray(hashAt + HASH_KEY.length, body.length - SUFFIX.length).toString('utf8');
  if (!HASH_HEX.test(given)) return { valid: false, reason: 'HashCode is not 64 hex digits' };

  const content = body.subarray(PREFIX.length, hashAt);
  const expected = createHmac('sha256', webhookSecret).update(content).digest('hex').toUpperCase();
  // Both are 64 ASCII characters here, so timingSafeEqual cannot throw on a length difference.
  if (!timingSafeEqual(Buffer.from(expected, 'ascii'), Buffer.from(given.toUpperCase(), 'ascii'))) {
    return { valid: false, reason: 'HashCode does not match the content' };
  }

  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch {
    return { valid: false, reason: 'the signed Content is not JSON' };
  }
  const parsed = parseExactWebhookContent(json);
  return parsed.ok ? { valid: true, content: parsed.content } : { valid: false, reason: parsed.reason };
}

function trimTrailingWhitespace(body: Buffer): Buffer {
  let end = body.length;
  while (end > 0 && [0x20, 0x09, 0x0a, 0x0d].includes(body[end - 1] as number)) end--;
  return body.subarray(0, end);
}
