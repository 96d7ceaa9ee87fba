import { exactOnlineRateLimitHeaders, parseRetryAfter } from './rate-limit-headers.js';

describe('exactOnlineRateLimitHeaders', () => {
  it('reads the minutely and the daily window, resets in epoch milliseconds', () => {
    const reading = exactOnlineRateLimitHeaders({
      'x-ratelimit-minutely-limit': '60',
      'x-ratelimit-minutely-remaining': '12',
      'x-ratelimit-minutely-reset': '1638447360000',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4321',
      'x-ratelimit-reset': '1638489600000',
    });

    expect(reading.windows).toEqual([
      { limit: 60, remaining: 12, resetAt: 1638447360000 },
      { limit: 5000, remaining: 4321, resetAt: 1638489600000 },
    ]);
  });

  it('leaves out the daily window when Exact sends only the minutely headers (absent is not zero)', () => {
    const reading = exactOnlineRateLimitHeaders({
      'x-ratelimit-minutely-limit': '60',
      'x-ratelimit-minutely-remaining': '0',
      'x-ratelimit-minutely-reset': '1638447360000',
    });

    expect(reading.windows).toEqual([{ limit: 60, remaining: 0, resetAt: 1638447360000 }]);
  });

  it('ignores windows it cannot read', () => {
    expect(exactOnlineRateLimitHeaders({ 'x-ratelimit-remaining': '', 'x-ratelimit-reset': 'soon' }).windows).toEqual([]);
    expect(exactOnlineRateLimitHeaders({}).windows).toEqual([]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 5, 9, 0, 0);

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(now + 30_000);
  });

  it('reads an HTTP-date, never earlier than now', () => {
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:01:00 GMT', now)).toBe(now + 60_000);
    expect(parseRetryAfter('Mon, 05 Jan 2026 08:00:00 GMT', now)).toBe(now);
  });

  it('returns undefined for a missing or unreadable value', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('later', now)).toBeUndefined();
  });
});
