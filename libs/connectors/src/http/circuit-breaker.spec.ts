import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import { FakeTime } from './testing/fake-time.js';

const HOUR = 3_600_000;
const ENDPOINT = 'crm/Accounts';

function fail(breaker: CircuitBreaker, time: FakeTime, times: number, status: number | undefined, spacingMs = 60_000): void {
  for (let i = 0; i < times; i++) {
    expect(breaker.check(ENDPOINT)).toBeNull();
    breaker.record(ENDPOINT, status);
    time.advance(spacingMs);
  }
}

describe('createCircuitBreaker: errors the platform counts (Exact: 400/401/403/404, 10 per endpoint per hour)', () => {
  it('opens after 8 counted errors within the hour and stays open until the oldest ages out', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({}, time);
    const firstError = time.now();

    fail(breaker, time, 8, 404);

    expect(breaker.state(ENDPOINT)).toBe('open');
    expect(breaker.check(ENDPOINT)).toBe(firstError + HOUR);
  });

  it('does not count statuses outside the policy, nor other endpoints', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({}, time);

    fail(breaker, time, 20, 409);
    fail(breaker, time, 7, 400);
    breaker.record('sync/Cashflow/PaymentTerms', 400);

    expect(breaker.check(ENDPOINT)).toBeNull();
    expect(breaker.state(ENDPOINT)).toBe('closed');
  });

  it('half-opens for exactly one trial call; success closes it', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({ trialBusyMs: 1_000 }, time);
    fail(breaker, time, 8, 401);
    const halfOpenAt = breaker.check(ENDPOINT) as number;

    time.advance(halfOpenAt - time.now());
    expect(breaker.state(ENDPOINT)).toBe('half-open');
    expect(breaker.check(ENDPOINT)).toBeNull();
    expect(breaker.check(ENDPOINT)).toBe(time.now() + 1_000);

    breaker.record(ENDPOINT, 200);
    expect(breaker.state(ENDPOINT)).toBe('closed');
    expect(breaker.check(ENDPOINT)).toBeNull();
  });

  it('reopens when the trial call fails again', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({}, time);
    fail(breaker, time, 8, 400, 60_000);
    time.advance((breaker.check(ENDPOINT) as number) - time.now());

    expect(breaker.check(ENDPOINT)).toBeNull();
    breaker.record(ENDPOINT, 400);

    expect(breaker.state(ENDPOINT)).toBe('open');
  });

  it('lets a released trial slot go to the next caller', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({}, time);
    fail(breaker, time, 8, 404);
    time.advance(HOUR);

    expect(breaker.check(ENDPOINT)).toBeNull();
    breaker.release(ENDPOINT);
    expect(breaker.check(ENDPOINT)).toBeNull();
  });

  it('never lets more than 8 counted errors fall within any hour, even against an endpoint that always fails', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({}, time);
    const errorsAt: number[] = [];

    while (errorsAt.length < 60) {
      const blockedUntil = breaker.check(ENDPOINT);
      if (blockedUntil === null) {
        breaker.record(ENDPOINT, 404);
        errorsAt.push(time.now());
        time.advance(5_000);
      } else {
        time.advance(blockedUntil - time.now());
      }
    }

    const worstHour = Math.max(...errorsAt.map((at) => errorsAt.filter((other) => other > at - HOUR && other <= at).length));
    expect(worstHour).toBe(8);
  });
});

describe('createCircuitBreaker: repeated server failures', () => {
  it('opens for serverErrorOpenMs after the threshold of 5xx and network failures within the window', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({ serverErrorThreshold: 3, serverErrorWindowMs: 60_000, serverErrorOpenMs: 30_000 }, time);

    fail(breaker, time, 2, 503, 1_000);
    fail(breaker, time, 1, undefined, 0);

    expect(breaker.check(ENDPOINT)).toBe(time.now() + 30_000);
  });

  it('forgets server failures once the platform answers normally', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({ serverErrorThreshold: 3 }, time);

    fail(breaker, time, 2, 502, 1_000);
    fail(breaker, time, 1, 200, 1_000);
    fail(breaker, time, 2, 502, 1_000);

    expect(breaker.state(ENDPOINT)).toBe('closed');
  });

  it('reopens when the half-open trial meets another 5xx', () => {
    const time = new FakeTime();
    const breaker = createCircuitBreaker({ serverErrorThreshold: 3, serverErrorOpenMs: 30_000 }, time);
    fail(breaker, time, 3, 500, 0);
    time.advance(30_000);

    expect(breaker.check(ENDPOINT)).toBeNull();
    breaker.record(ENDPOINT, 500);

    expect(breaker.check(ENDPOINT)).toBe(time.now() + 30_000);
  });
});
