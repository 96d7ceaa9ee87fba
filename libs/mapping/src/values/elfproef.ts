// The Dutch "elfproef" (eleven test) on 9-digit numbers: BSN, RSIN and pre-2020 btw-numbers. Internal.

/**
 * True when the 9 digits satisfy 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 ≡ 0 (mod 11).
 * All zeros passes the arithmetic but is never an issued number, so it fails here.
 */
export function passesElfproef(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || /^0{9}$/.test(nineDigits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += Number(nineDigits[index]) * (9 - index);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}
