import { parseEmailList, parseEmailListLenient } from './email-list.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseEmailList', () => {
  it.each([
    ['jan@example.nl', ['jan@example.nl']],
    ['jan@example.nl;piet@example.nl', ['jan@example.nl', 'piet@example.nl']],
    ['jan@example.nl; piet@example.nl', ['jan@example.nl', 'piet@example.nl']],
    ['jan@example.nl,piet@example.nl', ['jan@example.nl', 'piet@example.nl']],
    ['jan@example.nl piet@example.nl', ['jan@example.nl', 'piet@example.nl']],
    ['jan@example.nl\npiet@example.nl\r\n', ['jan@example.nl', 'piet@example.nl']],
    [';; jan@example.nl ,; ;piet@example.nl;', ['jan@example.nl', 'piet@example.nl']],
    ['piet@example.nl;jan@example.nl', ['piet@example.nl', 'jan@example.nl']],
  ])('%p → %p', (raw, emails) => {
    expect(parseEmailList(raw, 'email')).toEqual(emails);
  });

  it('drops duplicates case-insensitively, keeping the first spelling and the order', () => {
    expect(parseEmailList('Jan@Example.nl; piet@example.nl; jan@example.NL; PIET@EXAMPLE.NL; jan@example.nl', 'email')).toEqual([
      'Jan@example.nl',
      'piet@example.nl',
    ]);
  });

  it.each([null, undefined, '', '   ', ' ; , '])('reads %p as no addresses', (raw) => {
    expect(parseEmailList(raw, 'email')).toEqual([]);
  });

  it('fails the whole field on one bad entry, naming it', () => {
    const raw = 'jan@example.nl; nobody; piet@example';
    const error = expectMappingError(() => parseEmailList(raw, 'email'), 'email', raw);
    expect(error.reason).toBe('not e-mail addresses: "nobody", "piet@example"');
  });

  it.each([42, true, {}, ['jan@example.nl']])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseEmailList(raw, 'email'), 'email', raw);
  });
});

describe('parseEmailListLenient', () => {
  it('keeps the good addresses and reports the rest', () => {
    expect(parseEmailListLenient('jan@example.nl; nobody; Jan@example.nl; piet@example', 'email')).toEqual({
      emails: ['jan@example.nl'],
      rejected: ['nobody', 'piet@example'],
    });
  });

  it('splits a display name apart and rejects its pieces (packages store bare addresses)', () => {
    expect(parseEmailListLenient('Jan <jan@example.nl>', 'email')).toEqual({ emails: [], rejected: ['Jan', '<jan@example.nl>'] });
  });

  it('still refuses a value that is not text', () => {
    expectMappingError(() => parseEmailListLenient(7, 'email'), 'email', 7);
  });
});
