import { responseFailure, type FailureCall } from '../../http/http-failure.js';
import { FakeTime } from '../../http/testing/fake-time.js';
import { parseSnelStartErrorBody, snelStartErrorClassifier } from './errors.js';

const CALL: FailureCall = { platform: 'snelstart', method: 'POST', endpoint: 'verkoopboekingen' };
const time = new FakeTime();
const classify = snelStartErrorClassifier(time);

function fail(status: number, body: string, headers: Record<string, string> = {}) {
  return classify(responseFailure(CALL, { status, headers, body }, []));
}

describe('parseSnelStartErrorBody', () => {
  const parse = (text: string) => parseSnelStartErrorBody(JSON.parse(text) as unknown, text);

  it('reads shape 1, the validation array, with every item and its details', () => {
    expect(parse('[{"errorCode":"BOE-0021","message":"Het factuurnummer bestaat al"},{"errorCode":"BOE-0039","message":"De boeking is niet in balans","details":["verschil 0,01"]}]')).toEqual({
      shape: 'validation',
      code: 'BOE-0021',
      message: 'BOE-0021 Het factuurnummer bestaat al; BOE-0039 De boeking is niet in balans verschil 0,01',
    });
  });

  it("reads shape 2, ASP.NET's message in either casing, with its detail", () => {
    expect(parse('{"Message":"Could not find a property named \'X\' on type \'RelatieModel\'."}')).toEqual({ shape: 'message', message: "Could not find a property named 'X' on type 'RelatieModel'." });
    expect(parse('{"message":"The request is invalid.","messageDetail":"null entry for parameter \'id\'"}')).toEqual({ shape: 'message', message: "The request is invalid. null entry for parameter 'id'" });
  });

  it("reads shape 3, ASP.NET's modelState, field by field", () => {
    expect(parse('{"message":"The request is invalid.","modelState":{"relatie.naam":["Naam is verplicht"],"relatie.krediettermijn":["te groot","REL-0003"]}}')).toEqual({
      shape: 'model-state',
      code: 'REL-0003',
      message: 'The request is invalid. relatie.naam: Naam is verplicht; relatie.krediettermijn: te groot REL-0003',
    });
    expect(parse('{"ModelState":{"documenttype":["The value \'Foo\' is not valid."]}}')).toMatchObject({ shape: 'model-state', message: "documenttype: The value 'Foo' is not valid." });
  });

  it("reads APIM's gateway body and the token server's OAuth body", () => {
    expect(parse('{"statusCode":401,"message":"Access denied due to invalid subscription key."}')).toEqual({ shape: 'message', message: 'Access denied due to invalid subscription key.' });
    expect(parse('{"error":"invalid_grant","error_description":"The user name or password is incorrect."}')).toEqual({ shape: 'oauth', message: 'invalid_grant: The user name or password is incorrect.' });
  });

  it('finds a code anywhere in an unknown shape, and nothing in garbage', () => {
    expect(parse('{"fout":{"code":"REL-0049"}}')).toEqual({ shape: 'unknown', code: 'REL-0049' });
    expect(parseSnelStartErrorBody(undefined, '<html><body>502 Bad Gateway</body></html>')).toEqual({ shape: 'unknown' });
    expect(parse('[1, null, "x", {}]')).toEqual({ shape: 'unknown' });
    expect(parse('{"message":42,"modelState":"nope"}')).toEqual({ shape: 'unknown' });
  });
});

describe('snelStartErrorClassifier', () => {
  it('keeps the code and message of a validation error as invalid_request', () => {
    const error = fail(400, '[{"errorCode":"BOE-0021","message":"Het factuurnummer bestaat al"}]');
    expect(error).toMatchObject({ errorClass: 'invalid_request', platformCode: 'BOE-0021', platformStatus: 400 });
    expect(error.message).toBe('snelstart POST verkoopboekingen failed: HTTP 400: BOE-0021 Het factuurnummer bestaat al');
  });

  it('reads a not-found code on a 400 as not_found (§2.3), and a bodiless 404 too', () => {
    expect(fail(400, '[{"errorCode":"REL-0005","message":"Relatie niet gevonden"}]')).toMatchObject({ errorClass: 'not_found', platformCode: 'REL-0005' });
    expect(fail(404, '')).toMatchObject({ errorClass: 'not_found', message: 'snelstart POST verkoopboekingen failed: HTTP 404' });
  });

  it('classifies modelState and message bodies by status', () => {
    expect(fail(400, '{"message":"The request is invalid.","modelState":{"naam":["verplicht"]}}')).toMatchObject({ errorClass: 'invalid_request', message: expect.stringContaining('naam: verplicht') });
    expect(fail(403, '{"message":"Authorization has been denied for this request."}')).toMatchObject({ errorClass: 'auth' });
    expect(fail(500, '{"Message":"An error has occurred."}')).toMatchObject({ errorClass: 'transient', message: expect.stringContaining('An error has occurred.') });
  });

  it("reads APIM's quota 403 as rate_limited until the quota is replenished", () => {
    const error = fail(403, '{"statusCode":403,"message":"Out of call volume quota. Quota will be replenished in 00:12:30."}');
    expect(error).toMatchObject({ errorClass: 'rate_limited', retryAt: time.now() + 750_000 });
  });

  it('points a refused subscription key at the deployment setting', () => {
    const error = fail(401, '{"statusCode":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."}');
    expect(error).toMatchObject({ errorClass: 'auth' });
    expect(error.message).toMatch(/check SNELSTART_SUBSCRIPTION_KEY/);
  });

  it('classifies garbage bodies by status alone, without quoting them', () => {
    expect(fail(400, 'Bad Request')).toMatchObject({ errorClass: 'invalid_request', platformCode: undefined, message: 'snelstart POST verkoopboekingen failed: HTTP 400' });
    expect(fail(502, '<html>Bad Gateway</html>')).toMatchObject({ errorClass: 'transient', message: 'snelstart POST verkoopboekingen failed: HTTP 502' });
    expect(fail(200, '{"truncated":')).toMatchObject({ errorClass: 'platform_bug' });
  });
});
