import { BadGatewayException, ConflictException, ServiceUnavailableException } from '@nestjs/common';
import { ConnectorError, type ConnectorErrorClass } from '@hub/connectors';
import { MappingError } from '@hub/mapping';
import { debtorFixture } from '../database/testing/canonical-fixtures.js';
import { connectorHttpError } from './connector-http-error.js';
import { asResource, classifyFetched } from './replay-outcome.js';

const NOW = Date.parse('2026-01-31T10:00:00Z');

function failure(errorClass: ConnectorErrorClass, extra: Partial<ConstructorParameters<typeof ConnectorError>[0]> = {}): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass, message: `platform said ${errorClass}`, ...extra });
}

function body(error: { getResponse(): unknown }): { message: string; details: Record<string, unknown> } {
  return error.getResponse() as { message: string; details: Record<string, unknown> };
}

describe('connectorHttpError', () => {
  it('asks for a reconnect on auth errors (409)', () => {
    const error = connectorHttpError(failure('auth', { platformStatus: 401 }), NOW);
    expect(error).toBeInstanceOf(ConflictException);
    expect(body(error).message).toBe('The connection needs reconnect: platform said auth');
    expect(body(error).details).toEqual({ errorClass: 'auth', platform: 'exact-online', platformStatus: 401 });
  });

  it('answers rate limits with 503 and the seconds until the platform resets', () => {
    const error = connectorHttpError(failure('rate_limited', { platformStatus: 429, retryAt: NOW + 42_300 }), NOW);
    expect(error).toBeInstanceOf(ServiceUnavailableException);
    expect(body(error).details).toEqual({ errorClass: 'rate_limited', platform: 'exact-online', platformStatus: 429, retryAfterSeconds: 43 });
    expect(body(error).message).toContain('Retry in 43 s');
  });

  it('answers transient failures with 503 and a default hint when the platform gave no reset time', () => {
    expect(body(connectorHttpError(failure('transient'), NOW)).details.retryAfterSeconds).toBe(30);
    expect(body(connectorHttpError(failure('rate_limited', { retryAt: NOW - 1 }), NOW)).details.retryAfterSeconds).toBe(60);
  });

  it.each(['invalid_request', 'not_found', 'platform_bug'] as const)('answers %s with 502 and the platform message', (errorClass) => {
    const error = connectorHttpError(failure(errorClass, { platformStatus: 500 }), NOW);
    expect(error).toBeInstanceOf(BadGatewayException);
    expect(body(error).message).toContain(`platform said ${errorClass}`);
  });
});

describe('classifyFetched', () => {
  it('tells a canonical record, a mapping failure and a gone record apart', () => {
    const mappingFailure = { externalId: 'I1', raw: { ID: 'I1' }, error: new MappingError('AmountDC', 'x', 'not a number') };
    expect(classifyFetched(null)).toEqual({ outcome: 'gone' });
    expect(classifyFetched(mappingFailure)).toEqual({ outcome: 'failed', failure: mappingFailure });
    const record = debtorFixture({ administrationId: 'a', platform: 'exact-online' }, 'D1');
    expect(classifyFetched(record)).toEqual({ outcome: 'mapped', record });
  });

  it('accepts only known resources', () => {
    expect(asResource('invoices')).toBe('invoices');
    expect(asResource('ledgers')).toBeNull();
  });
});
