// The one way a connector calls its platform. Per request: resolve the URL (same origin only),
// then, under p-retry, take a token, wait for the account's rate limiter, ask the endpoint's
// circuit breaker, send, count, feed headers back to the limiter and the outcome to the breaker,
// renew the token once on a 401, and turn every failure into a classified ConnectorError.
import type { Platform } from '@hub/mapping';
import type { AccessGrant, AccessTokenSource } from '../port/credentials.js';
import { ConnectorError, type ConnectorErrorClass } from '../port/errors.js';
import { bearerAuth, type ApplyAuth } from './auth-headers.js';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import { realSleep, systemClock, type Clock, type Sleep } from './clock.js';
import { defaultClassifyError, type ErrorClassifier } from './default-classifier.js';
import { networkFailure, responseFailure, type FailureCall, type HttpFailure } from './http-failure.js';
import type { PlatformCallRecord, PlatformRequest, PlatformResponse } from './platform-request.js';
import { RateLimitWaitError, type RateLimiter } from './rate-limiter.js';
import { resolveRequestUrl } from './request-url.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';
import { createAxiosTransport, type Transport, type TransportOutcome, type TransportResponse } from './transport.js';

export interface PlatformHttpClientOptions {
  platform: Platform;
  baseUrl: string;
  /** Shared per platform account (see RateLimiterRegistry). */
  limiter: RateLimiter;
  /** Required for authenticated requests (the default). */
  tokens?: AccessTokenSource;
  /** Default: bearerAuth. */
  applyAuth?: ApplyAuth;
  /** Default: defaultClassifyError (by status). */
  classifyError?: ErrorClassifier;
  retry?: Partial<RetryPolicy>;
  /** Default: a private breaker with the default policy; share one per account for Exact. */
  breaker?: CircuitBreaker;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  /** Sent on every request (e.g. User-Agent); request headers and auth override them. */
  defaultHeaders?: Readonly<Record<string, string>>;
  clock?: Clock;
  sleep?: Sleep;
  /** Hears every attempt that was sent. Must not throw. */
  onCall?: (call: PlatformCallRecord) => void;
}

export interface PlatformHttpClient {
  readonly platform: Platform;
  /** Attempts that reached (or may have reached) the platform: retries and token calls included. */
  readonly apiCalls: number;
  request<T = unknown>(request: PlatformRequest): Promise<PlatformResponse<T>>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createPlatformHttpClient(options: PlatformHttpClientOptions): PlatformHttpClient {
  return new RetryingPlatformHttpClient(options);
}

/** One attempt's end: an answer, no answer, or not sent (breaker open, limiter gave up). */
type Attempt =
  | { kind: 'answered'; outcome: TransportResponse }
  | { kind: 'no-answer'; code: string }
  | { kind: 'breaker-open'; retryAt: number }
  | { kind: 'throttled'; retryAt: number };

class RetryingPlatformHttpClient implements PlatformHttpClient {
  readonly platform: Platform;
  private calls = 0;
  private readonly baseUrl: URL;
  private readonly applyAuth: ApplyAuth;
  private readonly classify: ErrorClassifier;
  private readonly retryPolicy: RetryPolicy;
  private readonly breaker: CircuitBreaker;
  private readonly clock: Clock;
  private readonly sleep: Sleep;
  private readonly transport: Transport;

  constructor(private readonly options: PlatformHttpClientOptions) {
    this.platform = options.platform;
    this.baseUrl = new URL(options.baseUrl);
    this.applyAuth = options.applyAuth ?? bearerAuth;
    this.classify = options.classifyError ?? defaultClassifyError;
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? realSleep;
    this.breaker = options.breaker ?? createCircuitBreaker({}, this.clock);
    this.transport = createAxiosTransport();
  }

  get apiCalls(): number {
    return this.calls;
  }

  async request<T>(request: PlatformRequest): Promise<PlatformResponse<T>> {
    const url = resolveRequestUrl(this.baseUrl, request.path, request.query);
    if (url === null) {
      throw this.error(request, 'invalid_request', `refused to send the request outside ${this.baseUrl.origin}`);
    }
    const tokens = request.authenticated === false ? null : this.options.tokens;
    if (tokens === undefined) throw new Error(`${this.platform} ${request.endpoint}: an authenticated request needs an AccessTokenSource`);

    // A 401 earns one renewal per request, not one per retry.
    let renewed = false;
    // Every credential sent for this request (the rejected token too): scrubbed from failure bodies.
    const secrets = new Set<string>();
    return withRetry(
      async () => {
        const grant = tokens === null ? null : await tokens.current();
        let attempt = await this.attempt(request, url, grant, secrets);
        if (grant !== null && tokens !== null && !renewed && attempt.kind === 'answered' && attempt.outcome.status === 401) {
          renewed = true;
          attempt = await this.attempt(request, url, await tokens.renewAfterRejection(grant), secrets);
        }
        return this.settle<T>(request, attempt, secrets);
      },
      { policy: this.retryPolicy, clock: this.clock, sleep: this.sleep, signal: request.signal },
    );
  }

  /** One HTTP attempt inside the account's rate limiter. Tokens are fetched outside it: a token call may itself need the limiter. */
  private async attempt(request: PlatformRequest, url: string, grant: AccessGrant | null, secrets: Set<string>): Promise<Attempt> {
    try {
      return await this.options.limiter.schedule(() => this.send(request, url, this.headersFor(request, grant, secrets)));
    } catch (error) {
      if (error instanceof RateLimitWaitError) return { kind: 'throttled', retryAt: error.resumeAt };
      throw error;
    }
  }

  private async send(request: PlatformRequest, url: string, headers: Record<string, string>): Promise<Attempt> {
    const blockedUntil = this.breaker.check(request.endpoint);
    if (blockedUntil !== null) return { kind: 'breaker-open', retryAt: blockedUntil };

    const started = this.clock.now();
    let outcome: TransportOutcome;
    try {
      outcome = await this.transport({ method: request.method, url, headers, data: encodeBody(request), timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, signal: request.signal });
    } catch (abort) {
      this.breaker.release(request.endpoint);
      throw abort;
    }
    const durationMs = this.clock.now() - started;

    if (outcome.kind === 'network') {
      if (outcome.reached) this.calls++;
      this.breaker.record(request.endpoint, undefined);
      this.options.onCall?.({ endpoint: request.endpoint, method: request.method, networkCode: outcome.code, durationMs });
      return { kind: 'no-answer', code: outcome.code };
    }
    this.calls++;
    this.options.limiter.observe(outcome.headers, outcome.status);
    this.breaker.record(request.endpoint, outcome.status);
    this.options.onCall?.({ endpoint: request.endpoint, method: request.method, status: outcome.status, durationMs });
    return { kind: 'answered', outcome };
  }

  private headersFor(request: PlatformRequest, grant: AccessGrant | null, secrets: Set<string>): Record<string, string> {
    const headers: Record<string, string> = { ...this.options.defaultHeaders, ...request.headers };
    if ((request.responseType ?? 'json') === 'json') headers['Accept'] ??= 'application/json';
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    else if (request.form !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    if (grant === null) return headers;

    const before = { ...headers };
    this.applyAuth(headers, grant.accessToken);
    secrets.add(grant.accessToken);
    for (const [name, value] of Object.entries(headers)) if (before[name] !== value) secrets.add(value);
    return headers;
  }

  private settle<T>(request: PlatformRequest, attempt: Attempt, secrets: ReadonlySet<string>): PlatformResponse<T> {
    switch (attempt.kind) {
      case 'breaker-open':
        throw this.error(request, 'transient', `circuit open after repeated errors; not calling the platform before ${iso(attempt.retryAt)}`, attempt.retryAt);
      case 'throttled':
        throw this.error(request, 'rate_limited', `rate limit reached; no call possible before ${iso(attempt.retryAt)}`, attempt.retryAt);
      case 'no-answer':
        throw this.classify(networkFailure(this.call(request), attempt.code));
      case 'answered':
        return this.read<T>(request, attempt, secrets);
    }
  }

  private read<T>(request: PlatformRequest, attempt: Extract<Attempt, { kind: 'answered' }>, secrets: ReadonlySet<string>): PlatformResponse<T> {
    const { status, headers, body } = attempt.outcome;
    const responseType = request.responseType ?? 'json';
    const failure = (): HttpFailure => responseFailure(this.call(request), { status, headers, body: body.toString('utf8') }, [...secrets]);
    if (status < 200 || status >= 300) throw this.classify(failure());
    if (responseType === 'binary') return { status, headers, data: body as T };
    const text = body.toString('utf8');
    if (responseType === 'text') return { status, headers, data: text as T };
    if (text.trim() === '') return { status, headers, data: null as T };
    try {
      return { status, headers, data: JSON.parse(text) as T };
    } catch {
      throw this.classify(failure());
    }
  }

  private call(request: PlatformRequest): FailureCall {
    const retryAt = this.options.limiter.pausedUntil();
    return { platform: this.platform, method: request.method, endpoint: request.endpoint, ...(retryAt === null ? {} : { retryAt }) };
  }

  private error(request: PlatformRequest, errorClass: ConnectorErrorClass, reason: string, retryAt?: number): ConnectorError {
    return new ConnectorError({
      platform: this.platform,
      errorClass,
      message: `${this.platform} ${request.method} ${request.endpoint} failed: ${reason}`,
      retryAt,
      endpoint: request.endpoint,
    });
  }
}

function encodeBody(request: PlatformRequest): string | undefined {
  if (request.body !== undefined) return JSON.stringify(request.body);
  if (request.form !== undefined) return new URLSearchParams(request.form).toString();
  return undefined;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
