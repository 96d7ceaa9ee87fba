// Deterministic canonical invoices for the upsert benchmark: the same seed gives the same rows,
// so runs are comparable. Ids look like Exact Online GUIDs (random order, like real platforms).
import { type CanonicalInvoice, type InvoiceStatus, type Platform } from '@hub/mapping';

/** mulberry32: tiny, fast, good enough for test data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(random: () => number): string {
  const hex = [0, 1, 2, 3].map(() => Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface InvoiceScope {
  administrationId: string;
  platform: Platform;
}

export function generateInvoices(scope: InvoiceScope, count: number, seed = 20260101): CanonicalInvoice[] {
  const random = seededRandom(seed);
  const debtorIds = Array.from({ length: Math.max(1, Math.floor(count / 40)) }, () => guid(random));
  const invoices: CanonicalInvoice[] = [];
  for (let i = 0; i < count; i += 1) {
    const credit = random() < 0.03;
    const total = (credit ? -1 : 1) * (1_000 + Math.floor(random() * 499_000));
    const roll = random();
    const status: InvoiceStatus = credit ? 'credited' : roll < 0.55 ? 'open' : roll < 0.7 ? 'partially_paid' : 'paid';
    const open = status === 'open' ? total : status === 'partially_paid' ? Math.floor(total / 3) : 0;
    const issueDate = addDays('2025-01-01', Math.floor(random() * 365));
    const number = `F2025-${String(i + 1).padStart(6, '0')}`;
    invoices.push({
      source: { platform: scope.platform, administrationId: scope.administrationId, externalId: guid(random) },
      number,
      kind: credit ? 'credit_note' : 'invoice',
      debtorExternalId: debtorIds[Math.floor(random() * debtorIds.length)],
      issueDate,
      dueDate: addDays(issueDate, random() < 0.8 ? 30 : 14),
      currency: 'EUR',
      totalCents: total,
      openCents: open,
      status,
      description: random() < 0.1 ? null : `Factuur ${number}: werkzaamheden ${issueDate.slice(0, 7)}`,
      platformModifiedAt: `${addDays(issueDate, 1)}T09:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`,
    });
  }
  return invoices;
}

/**
 * Every `every`-th invoice changes the way a sync sees it change: a settled one reopens (a
 * payment reversed), any other one is settled in full.
 */
export function changeEvery(invoices: readonly CanonicalInvoice[], every: number): CanonicalInvoice[] {
  return invoices.map((invoice, index) => {
    if (index % every !== 0) return invoice;
    if (invoice.openCents === 0) return { ...invoice, openCents: invoice.totalCents, status: 'open' };
    return { ...invoice, openCents: 0, status: invoice.kind === 'credit_note' ? 'credited' : 'paid' };
  });
}
