// read/financial/ReceivablesList rows (§4.2): one per open payment term, keyed by HID (an Int64,
// so a string on the wire). Amount is positive for an open invoice (FIXT-X), negative for a
// credit or an unmatched receipt; YourRef is null on cashflow entries.
import type { PaymentTermRecord } from '../../store/records.js';
import { defineEntity, divisionUri, field, type DivisionWireEnv, type EntityDefinition } from '../entity.js';
import { padCode, wireDate, wireInt64, wireMoney } from '../values.js';

const account = (r: PaymentTermRecord, env: DivisionWireEnv) => env.store.accounts.get(r.accountId);

export const receivablesListEntity: EntityDefinition<PaymentTermRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Financial.ReceivablesList',
  fields: [
    field.of('HID', 'Int64', (r) => wireInt64(r.hid)),
    field.of('AccountCode', 'String', (r, env) => {
      const found = account(r, env);
      return found === undefined ? null : padCode(found.code);
    }),
    field.of('AccountId', 'Guid', (r) => r.accountId),
    field.of('AccountName', 'String', (r, env) => account(r, env)?.name ?? null),
    field.of('Amount', 'Double', (r) => wireMoney(r.amountCents)),
    field.constant('AmountInTransit', 'Double', 0),
    field.constant('CurrencyCode', 'String', 'EUR'),
    field.of('Description', 'String', (r) => r.description),
    field.of('DueDate', 'DateTime', (r) => wireDate(r.dueDate)),
    field.of('EntryNumber', 'Int32', (r) => r.entryNumber),
    field.of('Id', 'Guid', (r) => r.id),
    field.of('InvoiceDate', 'DateTime', (r) => wireDate(r.invoiceDate)),
    field.of('InvoiceNumber', 'Int32', (r) => r.invoiceNumber),
    field.of('JournalCode', 'String', (r) => r.journalCode),
    field.of('JournalDescription', 'String', (r, env) =>
      r.journalCode === env.store.ledger.bankJournal.code ? env.store.ledger.bankJournal.description : env.store.ledger.salesJournal.description,
    ),
    field.of('YourRef', 'String', (r) => (r.kind === 'receipt' ? null : r.yourRef)),
  ],
  uri: (r, env) => divisionUri(env, `read/financial/ReceivablesList(${r.hid}L)`),
});
