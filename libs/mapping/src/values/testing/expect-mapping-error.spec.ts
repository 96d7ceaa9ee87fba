import { MappingError } from '../../model/mapping-error.js';
import { expectMappingError } from './expect-mapping-error.js';

// The helper guards hundreds of rejection tests; it must never pass when the parser does not fail right.
describe('expectMappingError', () => {
  it('returns the error when field and raw value match', () => {
    const error = expectMappingError(() => {
      throw new MappingError('DueDate', NaN, 'bad');
    }, 'DueDate', NaN);
    expect(error.reason).toBe('bad');
  });

  it('fails when nothing is thrown', () => {
    expect(() => expectMappingError(() => 42, 'DueDate', 'x')).toThrow(/returned normally/);
  });

  it('fails on another error type, another field or another raw value', () => {
    expect(() => expectMappingError(() => { throw new RangeError('no'); }, 'DueDate', 'x')).toThrow(/got: RangeError/);
    expect(() => expectMappingError(() => { throw new MappingError('InvoiceDate', 'x', 'bad'); }, 'DueDate', 'x')).toThrow(/names InvoiceDate/);
    expect(() => expectMappingError(() => { throw new MappingError('DueDate', 'y', 'bad'); }, 'DueDate', 'x')).toThrow(/raw value/);
  });
});
