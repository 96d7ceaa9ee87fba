import { passesElfproef } from './elfproef.js';
import { mod97 } from './mod97.js';

describe('mod97', () => {
  it('computes remainders of long numbers exactly', () => {
    expect(mod97('0')).toBe(0);
    expect(mod97('97')).toBe(0);
    expect(mod97('98')).toBe(1);
    // 10^30 mod 97, far past a safe integer
    expect(mod97(`1${'0'.repeat(30)}`)).toBe(Number(10n ** 30n % 97n));
    expect(mod97('9'.repeat(200))).toBe(Number(BigInt('9'.repeat(200)) % 97n));
  });

  it('reads letters as 10..35', () => {
    expect(mod97('A')).toBe(10);
    expect(mod97('Z')).toBe(35);
    expect(mod97('AB')).toBe(1011 % 97);
  });

  it('refuses other characters', () => {
    expect(mod97('a')).toBeNull();
    expect(mod97('1 2')).toBeNull();
    expect(mod97('Ä')).toBeNull();
  });
});

describe('passesElfproef', () => {
  it.each(['123456782', '111222333', '100000009'])('accepts %p', (digits) => {
    expect(passesElfproef(digits)).toBe(true);
  });

  it.each(['123456789', '123456783', '000000000', '12345678', '1234567820', '12345678a', ''])('rejects %p', (digits) => {
    expect(passesElfproef(digits)).toBe(false);
  });
});
