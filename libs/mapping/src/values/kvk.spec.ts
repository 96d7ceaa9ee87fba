import { parseKvkNumber, parseRsin } from './kvk.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseKvkNumber', () => {
  it.each([
    ['12345678', '12345678'],
    [' 1234 5678 ', '12345678'],
    ['12.34.56.78', '12345678'],
    ['12-345-678', '12345678'],
    ['KvK 12345678', '12345678'],
    ['kvk12345678', '12345678'],
    ['KVK: 12345678', '12345678'],
    ['K.v.K. 12345678', '12345678'],
    ['KvK-nummer: 1234 5678', '12345678'],
    ['KvK nr. 12345678', '12345678'],
    ['kvk nummer 12345678', '12345678'],
    ['01234567', '01234567'],
    [12345678, '12345678'],
    [1234567, '01234567'],
    // No elfproef: 87654320 fails the old KvK check (weights 8..1 sum to 203, not a multiple of 11).
    ['87654320', '87654320'],
  ])('%p → %p', (raw, kvk) => {
    expect(parseKvkNumber(raw, 'kvkNummer')).toBe(kvk);
  });

  it.each([
    ['1234567', /8 digits/],
    ['123456789', /8 digits/],
    ['1234567A', /8 digits/],
    ['NL12345678', /8 digits/],
    ['12345678 KvK', /8 digits/],
    ['000012345678', /vestigingsnummer/],
    ['0000 1234 5678', /vestigingsnummer/],
    ['00000000', /all zeros/],
    ['', /empty/],
    ['KvK', /empty/],
    ['  ', /empty/],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => parseKvkNumber(raw, 'kvkNummer'), 'kvkNummer', raw).reason).toMatch(reason);
  });

  it.each([null, undefined, -12345678, 1234567.8, 123456789, NaN, true, {}, ['12345678']])('rejects %p', (raw) => {
    expectMappingError(() => parseKvkNumber(raw, 'kvkNummer'), 'kvkNummer', raw);
  });
});

describe('parseRsin', () => {
  it.each([
    ['123456782', '123456782'],
    ['1234.56.782', '123456782'],
    ['RSIN: 123 456 782', '123456782'],
    ['rsin 111222333', '111222333'],
    [123456782, '123456782'],
    [23456784, '023456784'],
  ])('%p → %p', (raw, rsin) => {
    expect(parseRsin(raw, 'rsin')).toBe(rsin);
  });

  it.each([
    ['123456789', /elfproef/],
    ['123456783', /elfproef/],
    ['000000000', /elfproef/],
    ['12345678', /9 digits/],
    ['1234567820', /9 digits/],
    ['12345678X', /9 digits/],
    ['', /empty/],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => parseRsin(raw, 'rsin'), 'rsin', raw).reason).toMatch(reason);
  });

  it.each([null, undefined, 1.5, {}])('rejects %p', (raw) => {
    expectMappingError(() => parseRsin(raw, 'rsin'), 'rsin', raw);
  });
});
