import { MappingError } from './mapping-error.js';

describe('MappingError', () => {
  it('names the field and the raw value', () => {
    const error = new MappingError('AmountDC', 'abc', 'not a number');
    expect(error.message).toBe('AmountDC: not a number (got "abc")');
    expect(error.within('Lines').field).toBe('Lines.AmountDC');
  });
});
