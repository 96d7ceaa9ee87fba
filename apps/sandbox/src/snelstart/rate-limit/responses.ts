// APIM's throttling answers (🟡 notes §2.2; ❓ never observed for SnelStart itself):
// `rate-limit-by-key` → 429 "Rate limit is exceeded. Try again in N seconds." with Retry-After;
// `quota-by-key` → 403 "Out of call volume quota. Quota will be replenished in HH:MM:SS."
import type { Response } from 'express';
import { sendApimError } from '../wire/errors.js';

export function sendRateLimited(res: Response, retryAfterSeconds: number, withRetryAfter: boolean): void {
  if (withRetryAfter) res.set('Retry-After', String(retryAfterSeconds));
  sendApimError(res, 429, `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.`);
}

export function sendQuotaExceeded(res: Response, retryAfterSeconds: number): void {
  const hours = Math.floor(retryAfterSeconds / 3600);
  const minutes = Math.floor((retryAfterSeconds % 3600) / 60);
  const seconds = retryAfterSeconds % 60;
  const clock = [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
  sendApimError(res, 403, `Out of call volume quota. Quota will be replenished in ${clock}.`);
}
