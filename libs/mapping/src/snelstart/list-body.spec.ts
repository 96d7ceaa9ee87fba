import { parseListBody } from './list-body.js';
import { verkoopfactuur } from './testing/records.js';

describe('parseListBody (§3.1: a bare JSON array)', () => {
  it('accepts parsed JSON and text, with a BOM', () => {
    expect(parseListBody([verkoopfactuur()])).toEqual({ ok: true, record: [verkoopfactuur()] });
    expect(parseListBody(`\uFEFF${JSON.stringify([verkoopfactuur()])}`)).toEqual({ ok: true, record: [verkoopfactuur()] });
    expect(parseListBody('[]')).toEqual({ ok: true, record: [] });
  });

  it('fails naming the body on anything else', () => {
    for (const body of [{ value: [] }, { message: 'The request is invalid.' }, null, 'not json', '{"a":1}']) {
      const result = parseListBody(body);
      expect(result.ok ? null : result.error.field).toBe('body');
    }
  });
});
