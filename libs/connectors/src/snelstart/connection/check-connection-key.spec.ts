import nock from 'nock';
import { ADMINISTRATION_ID, api, checked, FIRST_TOKEN, KOPPELSLEUTEL, snelStartKit, tokenEndpoint, tokenResponse, type SnelStartKit } from '../testing/snelstart-test-kit.js';
import { checkSnelStartConnectionKey } from './check-connection-key.js';

let kit: SnelStartKit;

// CompanyInfoModel as the spec and the sandbox shape it (abbreviated: the reader is lenient).
const COMPANY_INFO = {
  administratieIdentifier: ADMINISTRATION_ID.toUpperCase(),
  administratieNaam: ' Bakkerij De Vries 2026 ',
  bedrijfsnaam: 'Bakkerij De Vries B.V.',
  kvKNummer: '12345678',
  btwNummer: 'NL123456789B01',
  iban: 'NL91ABNA0417164300',
  email: '',
  huidigBoekjaar: 2026,
  somethingNew: true,
};

beforeEach(() => {
  kit = snelStartKit();
});

afterEach(() => {
  nock.cleanAll();
});

describe('checkSnelStartConnectionKey', () => {
  it('mints a token and names the administratie the key opens', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const log = checked(api().get('/v2/companyInfo').reply(200, COMPANY_INFO));

    const result = await checkSnelStartConnectionKey(kit.settings, KOPPELSLEUTEL);

    log.assertAllValid();
    expect(result.companyInfo).toEqual({
      administrationId: ADMINISTRATION_ID,
      administrationName: 'Bakkerij De Vries 2026',
      companyName: 'Bakkerij De Vries B.V.',
      kvkNumber: '12345678',
      vatNumber: 'NL123456789B01',
      iban: 'NL91ABNA0417164300',
      email: null,
    });
    // The hub's first calls reuse the token just minted.
    expect((await result.tokens.current()).accessToken).toBe(FIRST_TOKEN);
    expect(result.tokens.tokenCalls).toBe(1);
  });

  it('refuses a bad key with auth before any API call', async () => {
    tokenEndpoint().reply(400, { error: 'GrantType clientkey was found. Parameter clientkey does not contain a valid value' });
    const companyInfo = api().get('/v2/companyInfo').reply(200, COMPANY_INFO);

    await expect(checkSnelStartConnectionKey(kit.settings, KOPPELSLEUTEL)).rejects.toMatchObject({ errorClass: 'auth', endpoint: 'b2b/token' });
    expect(companyInfo.isDone()).toBe(false);
  });

  it('reports a coupling without settings:read as auth (§4.0: a missing scope is a 403)', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    const log = checked(api().get('/v2/companyInfo').reply(403, { message: 'Authorization has been denied for this request.' }));

    await expect(checkSnelStartConnectionKey(kit.settings, KOPPELSLEUTEL)).rejects.toMatchObject({ errorClass: 'auth', platformStatus: 403, endpoint: 'companyInfo' });
    log.assertAllValid();
  });

  it('calls an answer without an administratieIdentifier a platform bug', async () => {
    tokenEndpoint().reply(200, tokenResponse(FIRST_TOKEN));
    api().get('/v2/companyInfo').reply(200, { ...COMPANY_INFO, administratieIdentifier: '00000000-0000-0000-0000-000000000000' });

    await expect(checkSnelStartConnectionKey(kit.settings, KOPPELSLEUTEL)).rejects.toMatchObject({ errorClass: 'platform_bug', endpoint: 'companyInfo' });
  });
});
