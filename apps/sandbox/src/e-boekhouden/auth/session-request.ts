// Validation of the `POST /v1/session` body `{ accessToken, source }` (§1.2, schema SessionRequest).
import { EBoekhoudenApiError } from '../errors.js';
import { isPlainObject } from '../http/json.js';

export interface SessionRequest {
  accessToken: string;
  source: string;
}

/**
 * `^[\w_ ]{1,10}$` as the .NET server evaluates it: there `\w` also matches accented letters and
 * other Unicode word characters, never a hyphen ("pp-cli" is refused, §1.2, pain point 4).
 */
const SOURCE_PATTERN = /^[\p{L}\p{Mn}\p{Nd}\p{Pc} ]{1,10}$/u;

export function parseSessionRequest(body: unknown): SessionRequest {
  if (!isPlainObject(body)) throw new EBoekhoudenApiError('DATA_01');
  const { accessToken, source } = body;
  if (accessToken !== undefined && accessToken !== null && typeof accessToken !== 'string') {
    throw new EBoekhoudenApiError('ERR_002', { propertyName: 'accessToken' });
  }
  if (source !== undefined && source !== null && typeof source !== 'string') {
    throw new EBoekhoudenApiError('ERR_002', { propertyName: 'source' });
  }
  if (!accessToken) throw new EBoekhoudenApiError('API_SESSION_003', { propertyName: 'accessToken' });
  if (!source) throw new EBoekhoudenApiError('API_SESSION_001', { propertyName: 'source' });
  if (!SOURCE_PATTERN.test(source)) throw new EBoekhoudenApiError('API_SESSION_002', { propertyName: 'source' });
  return { accessToken, source };
}
