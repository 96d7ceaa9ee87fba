import { generateAdministration } from '../../core/generator/index.js';
import type { GeneratedAdministration } from '../../core/contracts.js';
import { DEFAULT_CUSTOM_FIELD_DEFINITIONS } from '../options.js';
import { parseNaive } from '../wire/datetime.js';
import { administration as fixture, invoice } from '../testing/fixture.js';
import { changeDebtor, deleteDebtor } from './debtor-control.js';
import { addInvoice, changeInvoice, openItems, registerPayment } from './invoice-control.js';
import { seedAdministration } from './seed.js';

const NOW = parseNaive('2026-05-15T12:00:00') ?? 0;
const context = { now: NOW, customFieldDefinitions: DEFAULT_CUSTOM_FIELD_DEFINITIONS };

describe('seeding a SnelStart administratie from generated data', () => {
  const generated: GeneratedAdministration = generateAdministration({ seed: 11, invoices: 120, today: '2026-05-15', key: 'adm-1' });

  it('keeps every debtor, invoice and payment, and open items match the generator to the cent', () => {
    const seeded = seedAdministration(generated, context);
    expect(seeded.relaties.size).toBe(generated.debtors.length);
    expect(seeded.facturen.size).toBe(generated.invoices.length);
    expect(seeded.mutaties.size).toBe(generated.invoices.length + 2 * generated.payments.length);
    const open = generated.invoices.filter((invoice) => invoice.openCents !== 0);
    expect(openItems(seeded)).toEqual({
      administrationKey: 'adm-1',
      openInvoiceCount: open.length,
      totalOpenCents: open.reduce((sum, invoice) => sum + invoice.openCents, 0),
    });
  });

  it('is deterministic and never stamps a change after "now"', () => {
    const first = seedAdministration(generated, context);
    const second = seedAdministration(generated, context);
    expect([...first.facturen.keys()]).toEqual([...second.facturen.keys()]);
    expect([...first.relaties.values()].map((relatie) => relatie.modifiedOn)).toEqual([...second.relaties.values()].map((relatie) => relatie.modifiedOn));
    for (const factuur of first.facturen.values()) expect(factuur.modifiedOn).toBeLessThanOrEqual(NOW);
    for (const relatie of first.relaties.values()) expect(relatie.modifiedOn).toBeLessThanOrEqual(NOW);
  });

  it('maps inactive debtors to nonactief relaties', () => {
    const seeded = seedAdministration(generated, context);
    const inactive = generated.debtors.filter((debtor) => !debtor.active).map((debtor) => Number(debtor.code));
    expect([...seeded.relaties.values()].filter((relatie) => relatie.nonactief).map((relatie) => relatie.relatiecode)).toEqual(inactive);
  });
});

describe('control operations on the store', () => {
  it('settles a credit note towards zero and an invoice past zero on overpayment', () => {
    const generated = fixture();
    generated.invoices.push(invoice(6, 3, { key: 'C1', number: 'C-1', totalCents: -1_000, vatCents: 0, openCents: -1_000, isCreditNote: true }));
    const seeded = seedAdministration(generated, context);

    registerPayment(seeded, { invoiceNumber: 'C-1', amountCents: 400 }, NOW, { paymentBumpsInvoiceModifiedOn: false });
    registerPayment(seeded, { invoiceNumber: '2026-00001', amountCents: 121_101 }, NOW, { paymentBumpsInvoiceModifiedOn: false });

    const byNumber = (number: string) => [...seeded.facturen.values()].find((factuur) => factuur.factuurnummer === number);
    expect(byNumber('C-1')?.openCents).toBe(-600);
    expect(byNumber('2026-00001')?.openCents).toBe(-100);
  });

  it('changes an invoice\'s total and due date, moving its open balance and stamps', () => {
    const seeded = seedAdministration(fixture(), context);
    registerPayment(seeded, { invoiceNumber: '2026-00001', amountCents: 1_001 }, NOW, { paymentBumpsInvoiceModifiedOn: false });
    changeInvoice(seeded, '2026-00001', { totalCents: 100_000, dueDate: '2026-06-01' }, NOW + 1);
    const factuur = [...seeded.facturen.values()][0];
    expect(factuur).toMatchObject({ totalCents: 100_000, openCents: 98_999, vervalDatum: '2026-06-01', modifiedOn: NOW + 1 });
    expect(seeded.boekingen.get(factuur?.boekingId ?? '')).toMatchObject({ totalCents: 100_000, betalingstermijn: 92, modifiedOn: NOW + 1 });
  });

  it('refuses an invoice number that already exists', () => {
    const seeded = seedAdministration(fixture(), context);
    const { key: _key, ...copy } = invoice(1, 3);
    expect(() => addInvoice(seeded, copy, NOW)).toThrow(expect.objectContaining({ status: 409 }));
  });

  it('keeps a language in the "Taal" extra veld and soft-deletes a relatie with bookings, hard-deletes one without', () => {
    const generated = fixture({ debtors: 6, invoices: 5 });
    const seeded = seedAdministration(generated, context);
    changeDebtor(seeded, '10001', { language: 'en', email: 'nieuw@klant1.nl' }, NOW, DEFAULT_CUSTOM_FIELD_DEFINITIONS);
    deleteDebtor(seeded, '10001', NOW);
    deleteDebtor(seeded, '10006', NOW);

    const relatie = [...seeded.relaties.values()].find((candidate) => candidate.relatiecode === 10001);
    expect(relatie).toMatchObject({ nonactief: true, email: 'nieuw@klant1.nl', modifiedOn: NOW });
    expect(relatie?.customFields.get('Taal')).toBe('EN');
    expect(relatie?.emailSettings.factuurEmailVersturen.email).toBe('nieuw@klant1.nl');
    expect([...seeded.relaties.values()].some((candidate) => candidate.relatiecode === 10006)).toBe(false);
  });
});
