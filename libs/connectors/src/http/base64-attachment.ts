// An attachment a write-back uploads as base64 (Exact's DocumentAttachments, SnelStart's
// documenten): whitespace removed, refused when it is not base64 or larger than the platform
// accepts, counted on the raw bytes, not the base64 text.
export type Base64Attachment = { ok: true; base64: string; bytes: number } | { ok: false; reason: 'not-base64' | 'too-large' };

export function checkBase64Attachment(base64: string, maxBytes: number): Base64Attachment {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return { ok: false, reason: 'not-base64' };
  const bytes = Buffer.byteLength(compact, 'base64');
  return bytes > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, base64: compact, bytes };
}
