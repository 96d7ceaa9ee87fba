// Token-endpoint failures (snelstart.md §1.2) as ConnectorErrors. The token server is OWIN: a
// refused koppelsleutel is a 400 `{"error":"GrantType clientkey was found. Parameter clientkey does
// not contain a valid value"}` (🟡 FAKE), so any 400 with an OAuth `error` is `auth` (the customer
// must reconnect), except `unsupported_grant_type`/`invalid_request`, which mean our request was
// wrong. 5xx and network errors stay transient, 429 rate_limited. The koppelsleutel is scrubbed
// from whatever the body echoes before anything reads it.
import { defaultClassifyError, type ErrorClassifier } from '../../http/default-classifier.js';
import { redactSecrets, type HttpFailure } from '../../http/http-failure.js';
import { parseSnelStartErrorBody } from '../http/errors.js';

const OUR_MISTAKES = new Set(['unsupported_grant_type', 'invalid_request']);

export function tokenErrorClassifier(koppelsleutel: string): ErrorClassifier {
  return (raw) => {
    const failure = redacted(raw, [koppelsleutel, koppelsleutel.trim(), encodeURIComponent(koppelsleutel.trim())]);
    const body = parseSnelStartErrorBody(failure.bodyJson, failure.bodyText);
    const oauthError = oauthErrorOf(failure.bodyJson);
    const refused = failure.status === 400 && oauthError !== undefined && !OUR_MISTAKES.has(oauthError);
    const said = body.message ?? (failure.status === 400 ? 'no error in the body' : undefined);
    const message = refused ? `the koppelsleutel was refused (${said ?? 'no reason given'})` : said;
    return defaultClassifyError(failure, { ...(refused ? { errorClass: 'auth' } : {}), ...(message === undefined ? {} : { message }), platformCode: oauthCode(oauthError) ?? body.code });
  };
}

function redacted(failure: HttpFailure, secrets: readonly string[]): HttpFailure {
  const bodyText = redactSecrets(failure.bodyText, secrets);
  let bodyJson: unknown;
  try {
    bodyJson = JSON.parse(bodyText) as unknown;
  } catch {
    bodyJson = undefined;
  }
  return { ...failure, bodyText, bodyJson };
}

/** `invalid_grant` is a code; OWIN's sentence-as-error is not. */
function oauthCode(error: string | undefined): string | undefined {
  return error !== undefined && /^[a-z_]+$/.test(error) ? error : undefined;
}

function oauthErrorOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const error = (body as Record<string, unknown>)['error'];
  return typeof error === 'string' && error.trim() !== '' ? error.trim() : undefined;
}
