// §5.4: HashCode = uppercase hex HMAC-SHA256 of the raw `Content` JSON text, keyed with the
// app's webhook secret (not the client secret). No signature header.
import { createHmac } from 'node:crypto';

export function webhookHashCode(contentText: string, webhookSecret: string): string {
  return createHmac('sha256', webhookSecret).update(contentText, 'utf8').digest('hex').toUpperCase();
}

/** The notification body exactly as sent: the Content text is embedded verbatim (§5.3). */
export function webhookBody(contentText: string, webhookSecret: string): string {
  return `{"Content":${contentText},"HashCode":"${webhookHashCode(contentText, webhookSecret)}"}`;
}
