// Long-tailed invoice amounts: log-normal around a few hundred euros, clipped to €25..€25,000
// including VAT, with the round numbers bookkeepers actually invoice.
import type { SeededRandom } from '../contracts.js';

// Module-scoped aliases keep the hot loop off Jest's slow global lookups (see random.ts).
const { ceil, cos, exp, floor, log, max, min, round, sqrt } = Math;

export const MIN_TOTAL_CENTS = 2_500;
export const MAX_TOTAL_CENTS = 2_500_000;

const MEDIAN_EXCL_CENTS = 30_000;
const SIGMA = 1.25;
const TWO_PI = 2 * Math.PI;

export interface InvoiceAmount {
  totalCents: number;
  vatCents: number;
  vatRate: number;
}

export function generateAmount(random: SeededRandom): InvoiceAmount {
  const vatRate = random.chance(0.85) ? 0.21 : 0.09;
  const minExcl = ceil(MIN_TOTAL_CENTS / (1 + vatRate));
  const maxExcl = floor(MAX_TOTAL_CENTS / (1 + vatRate));
  let excl = round(MEDIAN_EXCL_CENTS * exp(SIGMA * standardNormal(random)));
  const roundness = random.next();
  if (roundness < 0.15) excl = round(excl / 500) * 500;
  else if (roundness < 0.45) excl = round(excl / 100) * 100;
  excl = min(maxExcl, max(minExcl, excl));
  const vatCents = round(excl * vatRate);
  return { totalCents: excl + vatCents, vatCents, vatRate };
}

/** Box–Muller; 1 - next() keeps the logarithm away from zero. */
function standardNormal(random: SeededRandom): number {
  return sqrt(-2 * log(1 - random.next())) * cos(TWO_PI * random.next());
}
