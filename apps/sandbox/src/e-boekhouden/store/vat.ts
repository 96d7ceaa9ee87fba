// The Dutch sales VAT codes of e-Boekhouden (the spec's VAT table, §6) this stand-in books with.

export const VAT_RATES: Readonly<Record<string, number>> = {
  HOOG_VERK_21: 0.21,
  LAAG_VERK_9: 0.09,
  GEEN: 0,
};

export function isKnownVatCode(code: string): boolean {
  return code in VAT_RATES;
}

/** The sales VAT code whose rate matches the generated amounts best. */
export function salesVatCode(exclCents: number, vatCents: number): string {
  if (vatCents === 0 || exclCents === 0) return 'GEEN';
  return Math.abs(vatCents / exclCents - 0.21) < Math.abs(vatCents / exclCents - 0.09) ? 'HOOG_VERK_21' : 'LAAG_VERK_9';
}

/** VAT on a row amount: on top of it for `EX`, contained in it for `IN`. */
export function vatOnAmount(amountCents: number, vatCode: string, inExVat: 'IN' | 'EX'): number {
  const rate = VAT_RATES[vatCode] ?? 0;
  return inExVat === 'EX' ? Math.round(amountCents * rate) : Math.round(amountCents - amountCents / (1 + rate));
}
