import { pgArrayLiteral } from './pg-array-literal.js';

describe('pgArrayLiteral', () => {
  it('quotes strings and escapes quotes and backslashes', () => {
    expect(pgArrayLiteral(['a', 'say "hi"', 'C:\\temp', '', 'NULL', 'a,b {c}'])).toBe(
      '{"a","say \\"hi\\"","C:\\\\temp","","NULL","a,b {c}"}',
    );
  });

  it('writes null and undefined as NULL, numbers and booleans bare', () => {
    expect(pgArrayLiteral([null, undefined, -1250, 0, true, false])).toBe('{NULL,NULL,-1250,0,true,false}');
  });

  it('writes buffers as bytea hex', () => {
    expect(pgArrayLiteral([Buffer.from([0xde, 0xad])])).toBe('{"\\\\xdead"}');
  });

  it('refuses values it cannot represent', () => {
    expect(() => pgArrayLiteral([Number.NaN])).toThrow(TypeError);
    expect(() => pgArrayLiteral([{}])).toThrow(TypeError);
  });

  it('writes an empty array', () => {
    expect(pgArrayLiteral([])).toBe('{}');
  });
});
