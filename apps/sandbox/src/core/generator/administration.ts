// One administration (a client's bookkeeping): debtors, invoices and payments, fully determined by
// the options. Debtors, invoices and the name draw from separate seeded streams, so changing the
// invoice count does not reshuffle the debtors.
import type { GeneratedAdministration, GenerateOptions } from '../contracts.js';
import { createSeededRandom, deriveSeed } from '../random.js';
import { dayNumber } from './days.js';
import { generateCompanyName, generateDebtors } from './debtors.js';
import { generateLedger } from './invoices.js';

export const MAX_INVOICES = 1_000_000;

export function generateAdministration(options: GenerateOptions): GeneratedAdministration {
  const { seed, invoices } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${String(seed)}`);
  if (!Number.isInteger(invoices) || invoices < 0 || invoices > MAX_INVOICES) {
    throw new RangeError(`invoices must be an integer from 0 to ${MAX_INVOICES}, got ${String(invoices)}`);
  }
  const debtorCount = options.debtors ?? Math.max(1, Math.round(invoices / 5));
  if (!Number.isInteger(debtorCount) || debtorCount < 1 || debtorCount > MAX_INVOICES) {
    throw new RangeError(`debtors must be an integer from 1 to ${MAX_INVOICES}, got ${String(debtorCount)}`);
  }
  const todayDay = dayNumber(options.today);

  const debtors = generateDebtors(createSeededRandom(deriveSeed(seed, 'debtors')), debtorCount);
  const ledger = generateLedger(createSeededRandom(deriveSeed(seed, 'invoices')), debtors, invoices, todayDay);
  return {
    key: options.key ?? 'adm-1',
    name: options.name ?? generateCompanyName(createSeededRandom(deriveSeed(seed, 'name')), 'bv'),
    debtors,
    invoices: ledger.invoices,
    payments: ledger.payments,
  };
}
