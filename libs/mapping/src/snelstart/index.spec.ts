// The public surface: @hub/mapping exports the SnelStart mappers as the `snelstart` namespace.
import { exactOnline, snelstart } from '../index.js';
import { relatie, verkoopfactuur } from './testing/records.js';

describe('@hub/mapping snelstart', () => {
  it('takes a list body from text to debtors and invoices', () => {
    const context: snelstart.SourceContext = { administrationId: 'adm-1' };
    const relaties = snelstart.parseListBody(JSON.stringify([relatie(), relatie({ relatiesoort: ['Leverancier'] })]));
    const facturen = snelstart.parseListBody(JSON.stringify([verkoopfactuur()]));
    if (!relaties.ok || !facturen.ok) throw new Error('expected both bodies to parse');
    const debtors = snelstart.relatiesToDebtors(relaties.record, context);
    expect([debtors.records.map((debtor) => debtor.code), debtors.skipped]).toEqual([['1042'], 1]);
    expect(snelstart.verkoopfacturenToInvoices(facturen.record, context).records.map((invoice) => invoice.status)).toEqual(['partially_paid']);
  });

  it('keeps the platforms apart: each namespace has its own SourceContext and mappers', () => {
    expect(typeof snelstart.relatieToDebtor).toBe('function');
    expect(typeof exactOnline.accountToDebtor).toBe('function');
    expect(snelstart.DEFAULT_LANGUAGE_FIELD).toBe('Taal');
  });
});
