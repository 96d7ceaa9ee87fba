import { daysBetween } from '../../core/clock.js';
import { generateAdministration } from '../../core/generator/index.js';
import { createIdSequences } from './ids.js';
import { apiTokenFor, seedAdministration } from './seed.js';

const TODAY = '2026-03-16';
const generated = generateAdministration({ seed: 11, invoices: 150, debtors: 30, today: TODAY, key: 'adm-1' });
const seed = () => seedAdministration(generated, createIdSequences(), { invoiceModuleShare: 0.8 });

describe('seeding an e-Boekhouden administration from generated data', () => {
  const administration = seed();

  it('books one type-2 mutation per invoice and one type-3 mutation per payment, numbered in date order', () => {
    const mutations = administration.mutations();
    expect(mutations.filter((mutation) => mutation.type === 2)).toHaveLength(generated.invoices.length);
    expect(mutations.filter((mutation) => mutation.type === 3)).toHaveLength(generated.payments.length);
    expect(mutations.map((mutation) => mutation.id)).toEqual(mutations.map((_, index) => index + 1));
    const dates = mutations.map((mutation) => mutation.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps every open amount, total and term (due date) of the generated invoices', () => {
    const posts = new Map(administration.openPosts().map((post) => [post.invoiceNumber, post]));
    for (const invoice of generated.invoices) {
      const post = posts.get(invoice.number);
      expect(post).toMatchObject({ totalCents: invoice.totalCents, vatCents: invoice.vatCents, openCents: invoice.openCents, date: invoice.issueDate });
      expect(administration.mutation(post?.mutationId ?? -1)?.termOfPayment).toBe(daysBetween(invoice.issueDate, invoice.dueDate));
    }
  });

  it('books each payment on the bank ledger against the debtors ledger, with the invoice and relation on the row', () => {
    const bank = administration.ledgerOf('FIN').id;
    const debtors = administration.ledgerOf('DEB').id;
    const paidPerInvoice = new Map<string, number>();
    for (const mutation of administration.mutations().filter((candidate) => candidate.type === 3)) {
      expect(mutation.ledgerId).toBe(bank);
      const [row] = mutation.rows;
      expect(row).toMatchObject({ ledgerId: debtors, vatCode: 'GEEN', invoiceNumber: mutation.invoiceNumber, relationId: mutation.relationId });
      paidPerInvoice.set(mutation.invoiceNumber ?? '', (paidPerInvoice.get(mutation.invoiceNumber ?? '') ?? 0) + (row?.amountCents ?? 0));
    }
    for (const payment of generated.payments) {
      const invoice = generated.invoices.find((candidate) => candidate.key === payment.invoiceKey);
      expect(paidPerInvoice.get(invoice?.number ?? '')).toBe(
        generated.payments.filter((other) => other.invoiceKey === payment.invoiceKey).reduce((sum, other) => sum + other.amountCents, 0),
      );
    }
  });

  it('is deterministic: the same data gives the same ids and API token', () => {
    const again = seed();
    expect(again.apiToken).toBe(administration.apiToken);
    expect(again.apiToken).toBe(apiTokenFor('adm-1'));
    expect(again.apiToken).toMatch(/^[0-9a-f]{64}$/);
    expect(again.relations().map((relation) => relation.id)).toEqual(administration.relations().map((relation) => relation.id));
    expect(again.invoices().map((invoice) => invoice.invoiceNumber)).toEqual(administration.invoices().map((invoice) => invoice.invoiceNumber));
  });

  it('gives relations database-wide ids, distinct across administrations', () => {
    const ids = createIdSequences();
    const one = seedAdministration(generated, ids, { invoiceModuleShare: 0.8 });
    const two = seedAdministration(generateAdministration({ seed: 12, invoices: 10, debtors: 5, today: TODAY, key: 'adm-2' }), ids, { invoiceModuleShare: 0.8 });
    const overlap = two.relations().filter((relation) => one.relation(relation.id));
    expect(overlap).toEqual([]);
    expect(two.apiToken).not.toBe(one.apiToken);
  });

  it('routes reminders of some businesses to a dedicated reminder address, never for consumers', () => {
    const withReminder = administration.relations().filter((relation) => relation.emailAddressReminder);
    expect(withReminder.length).toBeGreaterThan(0);
    expect(withReminder.every((relation) => relation.type === 'B' && relation.emailAddressReminder?.startsWith('crediteuren@'))).toBe(true);
  });
});
