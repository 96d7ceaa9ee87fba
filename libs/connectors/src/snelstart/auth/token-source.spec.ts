import nock from 'nock';
import { ConnectorError } from '../../port/errors.js';
import { FIRST_TOKEN, KOPPELSLEUTEL, SECOND_TOKEN, snelStartKit, tokenEndpoint, tokenResponse, type SnelStartKit } from '../testing/snelstart-test-kit.js';
import { createSnelStartTokenSource, type SnelStartTokenSource } from './token-source.js';

const REFUSED = { error: 'GrantType clientkey was found. Parameter clientkey does not contain a valid value' };

let kit: SnelStartKit;

function source(renewMarginMs?: number): SnelStartTokenSource {
  return createSnelStartTokenSource(kit.settings, { administration: 'adm-1', koppelsleutel: KOPPELSLEUTEL, renewMarginMs });
}

beforeEach(() => {
  kit = snelStartKit();
});

afterEach(() => {
  nock.cleanAll();
});

describe('the clientkey grant', () => {
  it('posts the koppelsleutel as a form and dates the expiry from the request', async () => {
    const call = tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const started = kit.time.now();

    const grant = await source().current();

    expect(call.isDone()).toBe(true);
    expect(grant).toEqual({ accessToken: FIRST_TOKEN, tokenType: 'bearer', expiresAt: started + 3_599_000, obtainedAt: started });
  });

  it('turns a refused koppelsleutel into auth, without the key in the message', async () => {
    tokenEndpoint().reply(400, { ...REFUSED, echoed: KOPPELSLEUTEL });

    const error = await source().current().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ errorClass: 'auth', platformStatus: 400, endpoint: 'b2b/token' });
    expect((error as Error).message).toContain('the koppelsleutel was refused (GrantType clientkey was found.');
    expect(JSON.stringify(error) + (error as Error).message).not.toContain(KOPPELSLEUTEL);
  });

  it('retries a 5xx and gives up as transient', async () => {
    tokenEndpoint().times(4).reply(503, 'Service Unavailable');
    const tokens = source();

    await expect(tokens.current()).rejects.toMatchObject({ errorClass: 'transient', platformStatus: 503 });
    expect(tokens.tokenCalls).toBe(4);
  });

  it('recovers when the token server comes back', async () => {
    tokenEndpoint().reply(502, '');
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));

    await expect(source().current()).resolves.toMatchObject({ accessToken: FIRST_TOKEN });
  });

  it('calls an answer without a token a platform bug, and our own mistakes invalid_request', async () => {
    tokenEndpoint().reply(200, { token_type: 'bearer', expires_in: 3599 });
    await expect(source().current()).rejects.toMatchObject({ errorClass: 'platform_bug' });
    tokenEndpoint().reply(400, { error: 'unsupported_grant_type' });
    await expect(source().current()).rejects.toMatchObject({ errorClass: 'invalid_request', platformCode: 'unsupported_grant_type' });
  });
});

describe('createSnelStartTokenSource', () => {
  it('caches the token until the renewal margin, then renews', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
    const tokens = source();

    expect((await tokens.current()).accessToken).toBe(FIRST_TOKEN);
    kit.time.advance(3_599_000 - 60_001);
    expect((await tokens.current()).accessToken).toBe(FIRST_TOKEN);
    kit.time.advance(1);
    expect((await tokens.current()).accessToken).toBe(SECOND_TOKEN);
    expect(tokens.tokenCalls).toBe(2);
  });

  it('takes its renewal margin from the options', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
    const tokens = source(600_000);

    await tokens.current();
    kit.time.advance(3_599_000 - 600_000);
    expect((await tokens.current()).accessToken).toBe(SECOND_TOKEN);
  });

  it('sends one token request for 50 concurrent callers', async () => {
    const call = tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const tokens = source();

    const grants = await Promise.all(Array.from({ length: 50 }, () => tokens.current()));

    expect(call.isDone()).toBe(true);
    expect(tokens.tokenCalls).toBe(1);
    expect(new Set(grants.map((grant) => grant.accessToken))).toEqual(new Set([FIRST_TOKEN]));
  });

  it('renews once after a rejection, however many callers report the same token', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    tokenEndpoint().reply(200, tokenResponse(SECOND_TOKEN));
    const tokens = source();
    const rejected = await tokens.current();

    const renewed = await Promise.all(Array.from({ length: 10 }, () => tokens.renewAfterRejection(rejected)));
    const late = await tokens.renewAfterRejection(rejected);

    expect(new Set([...renewed, late].map((grant) => grant.accessToken))).toEqual(new Set([SECOND_TOKEN]));
    expect(tokens.tokenCalls).toBe(2);
    expect((await tokens.current()).accessToken).toBe(SECOND_TOKEN);
  });

  it('fails the renewal after a rejection with auth when the key was revoked meanwhile', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    tokenEndpoint().reply(400, REFUSED);
    const tokens = source();

    await expect(tokens.renewAfterRejection(await tokens.current())).rejects.toMatchObject({ errorClass: 'auth' });
  });
});
