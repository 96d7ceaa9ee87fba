// The `Content` bytes of an Exact notification exactly as received (§5.4): from just after
// `{"Content":` to just before the last `,"HashCode":"`. Only meaningful for a body that
// verifyExactWebhook accepted, which checked that framing.
const PREFIX_LENGTH = Buffer.byteLength('{"Content":');
const HASH_KEY = Buffer.from(',"HashCode":"', 'utf8');

export function exactSignedContent(rawBody: Buffer): Buffer {
  const hashAt = rawBody.lastIndexOf(HASH_KEY);
  if (hashAt < PREFIX_LENGTH) throw new RangeError('not a signed Exact notification body');
  return rawBody.subarray(PREFIX_LENGTH, hashAt);
}
