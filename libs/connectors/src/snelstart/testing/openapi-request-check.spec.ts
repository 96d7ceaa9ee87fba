import nock from 'nock';
import { createOpenApiRequestChecker, watchNockScope, type OpenApiRequestChecker } from './openapi-request-check.js';

const RELATIE = '9d1e2f3a-4b5c-4d6e-8f70-123456789abc';
let checker: OpenApiRequestChecker;

beforeAll(() => {
  checker = createOpenApiRequestChecker();
});

afterEach(() => {
  nock.cleanAll();
});

describe('createOpenApiRequestChecker', () => {
  it('passes valid requests: an OData page, an id path, a body with nulls for optional fields', () => {
    expect(checker.problems({ method: 'GET', url: "/v2/verkoopfacturen?$filter=ModifiedOn gt datetime'2026-05-01T00:00:00'&$top=500&$skip=0" })).toEqual([]);
    expect(checker.problems({ method: 'GET', url: 'https://b2bapi.snelstart.nl/v2/companyInfo' })).toEqual([]);
    expect(checker.problems({ method: 'GET', url: `/v2/relaties/${RELATIE}/customFields` })).toEqual([]);
    expect(
      checker.problems({
        method: 'PUT',
        url: `/v2/relaties/${RELATIE}/customFields`,
        body: JSON.stringify({ klantCustomFields: [{ name: 'Aanmaningsfase', value: '2' }], leverancierCustomFields: null }),
      }),
    ).toEqual([]);
    expect(checker.problems({ method: 'POST', url: '/v2/documenten/Verkoopboekingen', body: { content: 'JVBERi0xLjQ=', parentIdentifier: RELATIE, fileName: 'herinnering.pdf', readOnly: true } })).toEqual([]);
  });

  it('prefers a literal segment over a template', () => {
    expect(checker.problems({ method: 'GET', url: '/v2/artikelen/prijsafspraken?$top=25' })).toEqual([]);
  });

  it('fails an unknown path', () => {
    expect(checker.problems({ method: 'GET', url: '/v2/verkoopfactuur' })).toEqual(['GET /v2/verkoopfactuur: no path in the spec matches /verkoopfactuur']);
    expect(checker.problems({ method: 'GET', url: '/relaties' })[0]).toMatch(/not under the API base path \/v2/);
  });

  it('fails a method the path does not have', () => {
    expect(checker.problems({ method: 'POST', url: '/v2/verkoopfacturen', body: {} })).toEqual(['POST /v2/verkoopfacturen: /verkoopfacturen has no POST operation in the spec (it has GET)']);
  });

  it('fails an unknown query parameter and names the declared ones', () => {
    expect(checker.problems({ method: 'GET', url: '/v2/verkoopfacturen?$orderby=ModifiedOn' })).toEqual([
      'GET /verkoopfacturen: unknown query parameter $orderby (the spec declares $skip, $top, $filter)',
    ]);
    expect(checker.problems({ method: 'GET', url: '/v2/companyInfo', query: { $top: '1' } })).toEqual(['GET /companyInfo: unknown query parameter $top (the spec declares none)']);
  });

  it('allows parameters it is told about, and the subscription-key of the security scheme', () => {
    const lenient = createOpenApiRequestChecker({ extraQueryParameters: ['$select'] });
    expect(lenient.problems({ method: 'GET', url: '/v2/verkoopfacturen?$select=Id&subscription-key=abc' })).toEqual([]);
  });

  it('fails query and path values of the wrong type or out of range', () => {
    expect(checker.problems({ method: 'GET', url: '/v2/relaties?$top=abc' })).toEqual(['GET /relaties: query parameter $top must be an integer, got "abc"']);
    expect(checker.problems({ method: 'GET', url: '/v2/relaties?$top=600' })).toEqual(['GET /relaties: query parameter $top should be <= 500']);
    expect(checker.problems({ method: 'GET', url: '/v2/relaties?$top=1&$top=2' })).toEqual(['GET /relaties: query parameter $top is sent more than once']);
    expect(checker.problems({ method: 'GET', url: '/v2/relaties/1042' })).toEqual(['GET /relaties/{id}: path parameter id should match format "uuid"']);
  });

  it('fails a body that violates the schema, field by field', () => {
    const problems = checker.problems({
      method: 'PUT',
      url: `/v2/relaties/${RELATIE}/customFields`,
      body: { klantCustomFields: 'Aanmaningsfase=2', KlantCustomFields: [] },
    });
    expect(problems).toEqual([
      'PUT /relaties/{id}/customFields: body should NOT have additional properties (KlantCustomFields)',
      'PUT /relaties/{id}/customFields: body.klantCustomFields should be array,null',
    ]);
  });

  it('fails a body where the spec has none, a missing required body, and a body that is not JSON', () => {
    expect(checker.problems({ method: 'GET', url: '/v2/companyInfo', body: { x: 1 } })).toEqual(['GET /companyInfo: the spec declares no request body']);
    expect(checker.problems({ method: 'POST', url: '/v2/documenten/Verkoopboekingen', body: '{not json' })).toEqual(['POST /documenten/{documenttype}: the body is not JSON']);
    expect(() => checker.assertValid({ method: 'DELETE', url: '/v2/verkoopfacturen' })).toThrow(/has no DELETE operation/);
  });

  it('checks what nock answered, and refuses to pass when nothing was requested', async () => {
    const scope = nock('https://b2bapi.snelstart.nl').get('/v2/relaties').query(true).reply(200, []);
    const log = watchNockScope(checker, scope);
    expect(() => log.assertAllValid()).toThrow(/no request reached/);

    await fetch('https://b2bapi.snelstart.nl/v2/relaties?$top=1&$orderby=Naam');

    expect(log.requests).toHaveLength(1);
    expect(() => log.assertAllValid()).toThrow(/unknown query parameter \$orderby/);
  });
});
