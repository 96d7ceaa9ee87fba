// Reading the two credentials off a request (notes §1.1): the APIM subscription key from the
// `Ocp-Apim-Subscription-Key` header or the `subscription-key` query parameter, and the bearer token.
import type { Request } from 'express';

export const SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key';

export function subscriptionKeyOf(req: Request): string | null {
  const header = req.get(SUBSCRIPTION_KEY_HEADER);
  if (header !== undefined && header.trim() !== '') return header.trim();
  const query = req.query['subscription-key'];
  return typeof query === 'string' && query.trim() !== '' ? query.trim() : null;
}

export function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('Authorization') ?? '');
  return match?.[1] ?? null;
}
