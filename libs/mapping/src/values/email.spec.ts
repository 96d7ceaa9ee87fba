import { isValidEmail, parseEmail } from './email.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseEmail', () => {
  it.each([
    ['jan@example.nl', 'jan@example.nl'],
    ['  jan@example.nl\u00a0', 'jan@example.nl'],
    ['Jan.de.Vries@Example.NL', 'Jan.de.Vries@example.nl'],
    ['debiteuren+herinnering@bedrijf.co.uk', 'debiteuren+herinnering@bedrijf.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['a@b.co', 'a@b.co'],
    ['info@sub-domain.example-shop.nl', 'info@sub-domain.example-shop.nl'],
    ['info@123.example.nl', 'info@123.example.nl'],
    ['mailto:Jan@Example.nl', 'Jan@example.nl'],
    ['info@bücher.de', 'info@bücher.de'],
    ['info@BÜCHER.DE', 'info@bücher.de'],
    ['info@xn--bcher-kva.de', 'info@xn--bcher-kva.de'],
    ['josé@example.es', 'josé@example.es'],
  ])('%p → %p', (raw, email) => {
    expect(parseEmail(raw, 'Email')).toBe(email);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['jan', /exactly one @/],
    ['jan@@example.nl', /exactly one @/],
    ['jan@ex@ample.nl', /exactly one @/],
    ['@example.nl', /before the @/],
    ['jan de vries@example.nl', /before the @/],
    ['"jan"@example.nl', /before the @/],
    ['jan<x>@example.nl', /before the @/],
    ['jan,piet@example.nl', /before the @/],
    ['jan;piet@example.nl', /before the @/],
    [`${'a'.repeat(65)}@example.nl`, /before the @/],
    ['.jan@example.nl', /dot/],
    ['jan.@example.nl', /dot/],
    ['jan..piet@example.nl', /dot/],
    ['jan@', /dot/],
    ['jan@localhost', /dot/],
    ['jan@example', /dot/],
    ['jan@example.', /invalid domain/],
    ['jan@.example.nl', /invalid domain/],
    ['jan@example..nl', /invalid domain/],
    ['jan@-example.nl', /invalid domain/],
    ['jan@example-.nl', /invalid domain/],
    ['jan@exa mple.nl', /invalid domain/],
    ['jan@exam_ple.nl', /invalid domain/],
    ['jan@[192.168.0.1]', /invalid domain/],
    [`jan@${'a'.repeat(64)}.nl`, /invalid domain/],
    [`jan@${'abcdefghi.'.repeat(26)}nl`, /too long/],
    ['jan@192.168.0.1', /top-level/],
    ['Jan de Vries <jan@example.nl>', /exactly one @|before the @/],
    ['<jan@example.nl>', /before the @/],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => parseEmail(raw, 'Email'), 'Email', raw).reason).toMatch(reason);
  });

  it.each([null, undefined, 42, true, {}, ['jan@example.nl']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseEmail(raw, 'Email'), 'Email', raw);
  });
});

describe('isValidEmail', () => {
  it('answers without throwing', () => {
    expect(isValidEmail(' jan@example.nl ')).toBe(true);
    expect(isValidEmail('jan@example')).toBe(false);
    expect(isValidEmail(null)).toBe(false);
  });
});
