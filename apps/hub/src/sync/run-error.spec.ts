import { ConnectorError } from '@hub/connectors';
import { describeRunError } from './run-error.js';

describe('describeRunError', () => {
  it('keeps a ConnectorError’s class, message and platform status', () => {
    const error = new ConnectorError({ platform: 'exact-online', errorClass: 'rate_limited', message: 'daily limit reached', platformStatus: 429 });
    expect(describeRunError(error)).toEqual({ errorClass: 'rate_limited', message: 'daily limit reached', platformStatus: 429, retryAt: null });
  });

  it('keeps when a rate-limited call may be retried', () => {
    const error = new ConnectorError({ platform: 'exact-online', errorClass: 'rate_limited', message: 'minutely limit', platformStatus: 429, retryAt: 1_800_000_000_000 });
    expect(describeRunError(error).retryAt).toBe(1_800_000_000_000);
  });

  it('leaves the platform status empty when the platform never answered', () => {
    const error = new ConnectorError({ platform: 'snelstart', errorClass: 'transient', message: 'socket hang up' });
    expect(describeRunError(error)).toEqual({ errorClass: 'transient', message: 'socket hang up', platformStatus: null, retryAt: null });
  });

  it('classifies anything else as internal, naming the error type', () => {
    expect(describeRunError(new RangeError('unknown resource'))).toEqual({ errorClass: 'internal', message: 'RangeError: unknown resource', platformStatus: null, retryAt: null });
    expect(describeRunError('boom')).toEqual({ errorClass: 'internal', message: 'boom', platformStatus: null, retryAt: null });
  });
});
