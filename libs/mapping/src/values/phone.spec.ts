import { parsePhoneNumber } from './phone.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parsePhoneNumber', () => {
  it.each([
    ['0201234567', '0201234567'],
    ['020 - 123 45 67', '0201234567'],
    ['020-1234567', '0201234567'],
    ['(020) 123 4567', '0201234567'],
    ['06 12345678', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['0606060606', '0606060606'],
    ['+31 20 123 4567', '+31201234567'],
    ['+31 (0)20 123 4567', '+31201234567'],
    ['+31(0)6-12345678', '+31612345678'],
    ['0031 20 1234567', '+31201234567'],
    ['0031 (0)20 1234567', '+31201234567'],
    ['+32 2 123 45 67', '+3221234567'],
    ['020/1234567', '0201234567'],
    ['  +44 20 7946 0958  ', '+442079460958'],
    ['112233', '112233'],
  ])('%p → %p', (raw, phone) => {
    expect(parsePhoneNumber(raw, 'Phone')).toBe(phone);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['bellen na 17u', /only contain/],
    ['020-1234567 ext. 12', /only contain/],
    ['020-1234567 x12', /only contain/],
    ['++31201234567', /only contain/],
    ['31+201234567', /only contain/],
    ['tel: 0201234567', /only contain/],
    ['020#1234567', /only contain/],
    ['12345', /6 to 15 digits/],
    ['+1234', /6 to 15 digits/],
    ['0000', /6 to 15 digits/],
    ['1234567890123456', /6 to 15 digits/],
    ['+31 20 123 4567 8901 23', /6 to 15 digits/],
    ['()-./', /6 to 15 digits/],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => parsePhoneNumber(raw, 'Phone'), 'Phone', raw).reason).toMatch(reason);
  });

  it.each([null, undefined, 201234567, {}, ['0201234567']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parsePhoneNumber(raw, 'Phone'), 'Phone', raw);
  });
});
