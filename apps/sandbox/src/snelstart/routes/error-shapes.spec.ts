// One place that pins every error body SnelStart sends (notes §2.3), by the layer that sends it.
import request from 'supertest';
import { API, createHarness, TOKEN_PATH } from '../testing/harness.js';

describe('SnelStart error bodies', () => {
  it('APIM gateway: {statusCode, message} for subscription problems and unknown operations', async () => {
    const h = createHarness();
    const token = await h.token();
    const noKey = await request(h.app).get(`${API}/relaties`).set('Authorization', `Bearer ${token}`);
    const unknown = await h.get('/facturen', token);

    expect(noKey.body).toEqual({ statusCode: 401, message: expect.stringContaining('missing subscription key') });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ statusCode: 404, message: 'Resource not found' });
  });

  it('SnelStart validation: a bare array of {errorCode, message}, status 400', async () => {
    const h = createHarness();
    const response = await h.get("/verkoopfacturen?$filter=Factuurnummer eq '2026", await h.token());
    expect(response.status).toBe(400);
    expect(response.body).toEqual([{ errorCode: 'ALG-0104', message: 'Ongeldig OData filter' }]);
  });

  it('ASP.NET: {message} for queries that do not type-check and for refused tokens', async () => {
    const h = createHarness();
    const token = await h.token();
    const mismatch = await h.get("/verkoopfacturen?$filter=ModifiedOn gt '2026-01-01'", token);
    const noToken = await request(h.app).get(`${API}/relaties`).set('Ocp-Apim-Subscription-Key', h.subscriptionKey);

    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toEqual({
      message:
        "The query specified in the URI is not valid. A binary operator with incompatible types was detected. Found operand types 'Edm.DateTime' and 'Edm.String' for operator kind 'GreaterThan'.",
    });
    expect(noToken.body).toEqual({ message: 'Authorization has been denied for this request.' });
  });

  it('ASP.NET: {Message} when the switch says the serializer keeps Pascal case', async () => {
    const h = createHarness(undefined, { aspNetErrorKeys: 'pascal' });
    const response = await request(h.app).get(`${API}/relaties`).set('Ocp-Apim-Subscription-Key', h.subscriptionKey);
    expect(response.body).toEqual({ Message: 'Authorization has been denied for this request.' });
  });

  it('ASP.NET model binding: {message, modelState} when a value does not convert', async () => {
    const h = createHarness();
    const token = await h.token();
    const [relatie] = (await h.get('/relaties?$top=1', token)).body as { id: string }[];
    const response = await h.send('put', `/relaties/${relatie?.id ?? ''}`, token).send({ naam: 'X', relatiesoort: ['Klant'], nonactief: 'misschien' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'The request is invalid.', modelState: { 'relatie.nonactief': ["Could not convert string: misschien to boolean. Path 'nonactief'."] } });
  });

  it('token server (OWIN): {error} with status 400', async () => {
    const h = createHarness();
    const response = await request(h.app).post(TOKEN_PATH).type('form').send({ grant_type: 'client_credentials' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'unsupported_grant_type' });
  });

  it('injected failures: ASP.NET\'s generic 500 and APIM\'s 503', async () => {
    const h = createHarness();
    const token = await h.token();
    h.context.setFaults('snelstart', { errorRate: 1, errorStatus: 500 });
    const internal = await h.get('/relaties', token);
    h.context.setFaults('snelstart', { errorStatus: 503 });
    const unavailable = await h.get('/relaties', token);

    expect(internal.body).toEqual({ message: 'An error has occurred.' });
    expect(unavailable.body).toEqual({ statusCode: 503, message: 'Service Unavailable' });
    expect(h.context.stats('snelstart').errors).toBe(2);
  });
});
