// ISO 7064 MOD 97-10 as used by IBAN and the Dutch btw-id. Internal.

/**
 * The remainder mod 97 of the number written by `text`, where digits stand for themselves and
 * letters for 10..35 (A=10, B=11, ...). Computed piecewise, so strings far longer than a safe
 * integer never overflow. Returns null for any other character.
 */
export function mod97(text: string): number | null {
  let remainder = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    let value: number;
    if (code >= 48 && code <= 57) value = code - 48;
    else if (code >= 65 && code <= 90) value = code - 55;
    else return null;
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder;
}
