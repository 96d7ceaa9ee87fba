import { ConnectorError, type ConnectorErrorClass } from '../port/errors.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';
import { FakeTime } from './testing/fake-time.js';

function connectorError(errorClass: ConnectorErrorClass, retryAt?: number): ConnectorError {
  return new ConnectorError({ platform: 'snelstart', errorClass, message: `${errorClass} failure`, retryAt });
}

/** An operation that throws the given errors in turn, then returns 'done'. */
function failingThen(errors: unknown[]): { operation: () => Promise<string>; attempts: () => number } {
  let attempts = 0;
  return {
    operation: async () => {
      const error = errors[attempts++];
      if (error !== undefined) throw error;
      return 'done';
    },
    attempts: () => attempts,
  };
}

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 5_000, maxWaitMs: 90_000, random: () => 0.5 };

describe('withRetry', () => {
  it('retries transient and rate-limited failures with exponential, jittered backoff', async () => {
    const time = new FakeTime();
    const { operation, attempts } = failingThen([connectorError('transient'), connectorError('transient'), connectorError('rate_limited')]);

    await expect(withRetry(operation, { policy, clock: time, sleep: time.sleep })).resolves.toBe('done');

    expect(attempts()).toBe(4);
    // ceilings 1000, 2000, 4000; equal jitter with random 0.5 → 75 % of each
    expect(time.sleeps).toEqual([750, 1_500, 3_000]);
  });

  it.each<ConnectorErrorClass>(['auth', 'invalid_request', 'not_found', 'platform_bug'])('does not retry %s', async (errorClass) => {
    const time = new FakeTime();
    const error = connectorError(errorClass);
    const { operation, attempts } = failingThen([error]);

    await expect(withRetry(operation, { policy, clock: time, sleep: time.sleep })).rejects.toBe(error);

    expect(attempts()).toBe(1);
    expect(time.sleeps).toEqual([]);
  });

  it('does not retry errors that are not ConnectorErrors', async () => {
    const time = new FakeTime();
    const error = new TypeError('a bug');
    const { operation, attempts } = failingThen([error]);

    await expect(withRetry(operation, { policy, clock: time, sleep: time.sleep })).rejects.toBe(error);
    expect(attempts()).toBe(1);
  });

  it('gives up after maxAttempts with the last error, without a pointless final wait', async () => {
    const time = new FakeTime();
    const last = connectorError('transient');
    const { operation, attempts } = failingThen([connectorError('transient'), connectorError('transient'), connectorError('transient'), last]);

    await expect(withRetry(operation, { policy, clock: time, sleep: time.sleep })).rejects.toBe(last);

    expect(attempts()).toBe(4);
    expect(time.sleeps).toHaveLength(3);
  });

  it('waits until retryAt instead of backing off', async () => {
    const time = new FakeTime();
    const { operation } = failingThen([connectorError('rate_limited', time.now() + 42_000)]);

    await withRetry(operation, { policy, clock: time, sleep: time.sleep });

    expect(time.sleeps).toEqual([42_000]);
  });

  it('throws at once when retryAt is further away than maxWaitMs, so the job can be rescheduled', async () => {
    const time = new FakeTime();
    const error = connectorError('rate_limited', time.now() + 3_600_000);
    const { operation, attempts } = failingThen([error]);

    await expect(withRetry(operation, { policy, clock: time, sleep: time.sleep })).rejects.toBe(error);

    expect(attempts()).toBe(1);
    expect(time.sleeps).toEqual([]);
  });
});

describe('backoffDelay', () => {
  it('doubles per retry up to maxDelayMs and spreads between half and all of it', () => {
    const low = { ...policy, random: () => 0 };
    const high = { ...policy, random: () => 0.999_999 };

    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, low))).toEqual([500, 1_000, 2_000, 2_500, 2_500]);
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, high))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });
});
