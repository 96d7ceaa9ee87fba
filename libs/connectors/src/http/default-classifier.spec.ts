import type { ConnectorErrorClass } from '../port/errors.js';
import { defaultClassifyError } from './default-classifier.js';
import type { HttpFailure } from './http-failure.js';

function failure(overrides: Partial<HttpFailure>): HttpFailure {
  return { platform: 'exact-online', method: 'GET', endpoint: 'crm/Accounts', headers: {}, bodyText: '', ...overrides };
}

describe('defaultClassifyError', () => {
  it.each<[number, ConnectorErrorClass]>([
    [400, 'invalid_request'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not_found'],
    [408, 'transient'],
    [409, 'invalid_request'],
    [410, 'not_found'],
    [422, 'invalid_request'],
    [425, 'transient'],
    [429, 'rate_limited'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
    [504, 'transient'],
    [200, 'platform_bug'],
    [302, 'platform_bug'],
  ])('classifies HTTP %i as %s', (status, errorClass) => {
    const error = defaultClassifyError(failure({ status }));

    expect(error.errorClass).toBe(errorClass);
    expect(error.platformStatus).toBe(status);
    expect(error.endpoint).toBe('crm/Accounts');
  });

  it('classifies timeouts and network errors as transient', () => {
    const timeout = defaultClassifyError(failure({ networkCode: 'ETIMEDOUT' }));
    const reset = defaultClassifyError(failure({ networkCode: 'ECONNRESET' }));

    expect(timeout.errorClass).toBe('transient');
    expect(timeout.message).toBe('exact-online GET crm/Accounts failed: timed out (ETIMEDOUT)');
    expect(reset.errorClass).toBe('transient');
    expect(reset.message).toBe('exact-online GET crm/Accounts failed: network error (ECONNRESET)');
  });

  it('carries retryAt on rate_limited errors only', () => {
    expect(defaultClassifyError(failure({ status: 429, retryAt: 1_700_000_000_000 })).retryAt).toBe(1_700_000_000_000);
    expect(defaultClassifyError(failure({ status: 503, retryAt: 1_700_000_000_000 })).retryAt).toBeUndefined();
  });

  it("quotes the platform's message from the common error body shapes", () => {
    const exact = { error: { code: '', message: { lang: '', value: 'Please add a $select or a $top=1 statement to the query string.' } } };
    const oauth = { error: 'invalid_grant', error_description: 'Old refresh token used.' };
    const snelstart = [{ errorCode: 'BOE-0021', message: 'Het factuurnummer bestaat al' }];
    const eBoekhouden = { type: 'validation', title: 'One or more validation errors occurred.', status: 400 };

    expect(defaultClassifyError(failure({ status: 400, bodyJson: exact })).message).toBe(
      'exact-online GET crm/Accounts failed: HTTP 400: Please add a $select or a $top=1 statement to the query string.',
    );
    expect(defaultClassifyError(failure({ status: 401, bodyJson: oauth })).message).toMatch(/HTTP 401: Old refresh token used\.$/);
    expect(defaultClassifyError(failure({ status: 400, bodyJson: snelstart })).message).toMatch(/HTTP 400: Het factuurnummer bestaat al$/);
    expect(defaultClassifyError(failure({ status: 400, bodyJson: eBoekhouden })).message).toMatch(/HTTP 400: One or more validation errors occurred\.$/);
    expect(defaultClassifyError(failure({ status: 500, bodyText: '<html>Server Error</html>' })).message).toBe('exact-online GET crm/Accounts failed: HTTP 500');
  });

  it("lets a platform's classifier override the class, the message and the code", () => {
    const error = defaultClassifyError(failure({ platform: 'snelstart', status: 400 }), { errorClass: 'not_found', message: 'Relatie niet gevonden', platformCode: 'REL-0005' });

    expect(error).toMatchObject({ platform: 'snelstart', errorClass: 'not_found', platformCode: 'REL-0005', platformStatus: 400 });
    expect(error.message).toBe('snelstart GET crm/Accounts failed: HTTP 400: Relatie niet gevonden');
  });

  it('keeps long platform messages short', () => {
    const error = defaultClassifyError(failure({ status: 400, bodyJson: { message: 'x'.repeat(5_000) } }));

    expect(error.message.length).toBeLessThan(400);
  });
});
