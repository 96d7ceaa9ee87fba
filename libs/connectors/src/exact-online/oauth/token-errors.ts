// Token-endpoint failures (§1.5, §8.1–8.2) as ConnectorErrors the hub acts on. What decides is
// Exact's own wording, wherever it puts it: the JSON `error_description`, the HTTP reason phrase
// or a plain-text body. Only those known phrases reach a message; bodies, forms and oauth4webapi's
// errors (whose `cause` can hold a token response) never do.
import * as oauth from 'oauth4webapi';
import { ConnectorError, type ConnectorErrorClass } from '../../port/errors.js';
import { parseRetryAfter } from '../../http/rate-limit-headers.js';

export type TokenGrant = 'authorization_code' | 'refresh_token';

export interface TokenFailureContext {
  grant: TokenGrant;
  now: number;
  /** For "Access Token not expired": when the current token may be refreshed (obtainedAt + 570 s). */
  refreshAllowedAt?: number;
}

interface TokenAnswer {
  status: number;
  retryAfter: string | null;
  /** OAuth `error`, when the body had one. */
  error?: string;
  /** Everything Exact said in words: description, reason phrase, a short text body. */
  said: string;
}

const ENDPOINT = 'api/oauth2/token';
const OLD_REFRESH_TOKEN = /old refresh token used/i;
const NOT_EXPIRED = /access token not expired/i;
const REFRESH_TOKEN_EXPIRED = /refresh token expired/i;

export async function tokenFailure(error: unknown, context: TokenFailureContext): Promise<ConnectorError> {
  const answer = await answerOf(error);
  if (answer === null) {
    if (error instanceof oauth.OperationProcessingError) {
      return failure('platform_bug', context, 'the token endpoint answered something that is not a token response');
    }
    // fetch's TypeError (no connection) or the timeout's abort: the refresh may or may not have been spent.
    return failure('transient', context, 'no answer from the token endpoint (network error or timeout)');
  }
  return classify(answer, context);
}

function classify(answer: TokenAnswer, context: TokenFailureContext): ConnectorError {
  const { status } = answer;
  if (NOT_EXPIRED.test(answer.said)) {
    // §1.5: refreshed before the 570 s rule; the current access token still works.
    const retryAt = context.refreshAllowedAt ?? context.now + 30_000;
    return failure('transient', context, 'Access Token not expired: refreshed before the 570-second rule', status, retryAt);
  }
  if (OLD_REFRESH_TOKEN.test(answer.said)) {
    return failure('auth', context, 'Old refresh token used.: the refresh token was already spent; the connection needs new consent', status);
  }
  if (REFRESH_TOKEN_EXPIRED.test(answer.said)) {
    return failure('auth', context, 'the refresh token expired (unused for 30 days); the connection needs new consent', status);
  }
  if (status === 429) {
    return failure('rate_limited', context, 'token requests throttled (200 per user per day, §1.5)', status, parseRetryAfter(answer.retryAfter ?? undefined, context.now));
  }
  if (status >= 500) return failure('transient', context, `HTTP ${status}`, status);
  if (answer.error === 'invalid_grant' || status === 401 || status === 403) {
    return failure('auth', context, `${answer.error ?? `HTTP ${status}`}: the grant or the app's credentials were refused`, status);
  }
  return failure('invalid_request', context, `${answer.error ?? `HTTP ${status}`} (HTTP ${status})`, status);
}

async function answerOf(error: unknown): Promise<TokenAnswer | null> {
  if (error instanceof oauth.ResponseBodyError) {
    // The body was consumed; oauth4webapi kept what the JSON said.
    return {
      status: error.status,
      retryAfter: error.response.headers.get('retry-after'),
      error: error.error,
      said: [error.error_description ?? '', error.response.statusText].join(' '),
    };
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) return fromResponse(error.response);
  if (error instanceof oauth.OperationProcessingError && error.cause instanceof Response) return fromResponse(error.cause);
  return null;
}

async function fromResponse(response: Response): Promise<TokenAnswer> {
  let text = '';
  try {
    if (!response.bodyUsed) text = (await response.text()).slice(0, 2_000);
  } catch {
    // An unreadable body still leaves the status and the reason phrase to go on.
  }
  const json = parseObject(text);
  const description = typeof json?.error_description === 'string' ? json.error_description : '';
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    error: typeof json?.error === 'string' ? json.error : undefined,
    said: [description, response.statusText, json === null ? text : ''].join(' '),
  };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function failure(errorClass: ConnectorErrorClass, context: TokenFailureContext, reason: string, platformStatus?: number, retryAt?: number): ConnectorError {
  const what = context.grant === 'refresh_token' ? 'token refresh' : 'authorization-code exchange';
  return new ConnectorError({
    platform: 'exact-online',
    errorClass,
    message: `exact-online ${what} failed: ${reason}`,
    platformStatus,
    retryAt,
    endpoint: ENDPOINT,
  });
}
