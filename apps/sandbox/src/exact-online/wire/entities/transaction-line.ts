// Transaction lines (§4.6) on the receivables account: the debtor line of each sales entry
// (Type 20/21, +amount) and each receipt (Type 40, −amount; §4.6 "a bank/cash receipt on a
// customer is a line with Type = 40 and Account set"). Revenue and VAT lines are not modelled.
import type { TransactionLineRecord } from '../../store/records.js';
import { defineEntity, divisionUri, field, type DivisionWireEnv, type EntityDefinition, type FieldDefinition } from '../entity.js';
import { padCode, wireDate, wireDateFromMs, wireInt64, wireMoney } from '../values.js';

type F = FieldDefinition<TransactionLineRecord, DivisionWireEnv>;

const account = (r: TransactionLineRecord, env: DivisionWireEnv) => env.store.accounts.get(r.accountId);
const journalOf = (r: TransactionLineRecord, env: DivisionWireEnv) =>
  r.journalCode === env.store.ledger.bankJournal.code ? env.store.ledger.bankJournal : env.store.ledger.salesJournal;

const lineFields: F[] = [
  field.of('Account', 'Guid', (r) => r.accountId),
  field.of('AccountCode', 'String', (r, env) => {
    const found = account(r, env);
    return found === undefined ? null : padCode(found.code);
  }),
  field.of('AccountName', 'String', (r, env) => account(r, env)?.name ?? null),
  field.of('AmountDC', 'Double', (r) => wireMoney(r.amountCents)),
  field.of('AmountFC', 'Double', (r) => wireMoney(r.amountCents)),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('Double', 'AmountVATBaseFC', 'AmountVATFC'),
  field.constant('Asset', 'Guid', null),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('String', 'AssetCode', 'AssetDescription', 'CostCenter', 'CostCenterDescription', 'CostUnit', 'CostUnitDescription'),
  field.of('Created', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.createdMs))),
  field.of('Creator', 'Guid', (r) => r.creatorId),
  field.of('CreatorFullName', 'String', (r, env) => env.fullNameOf(r.creatorId)),
  field.constant('Currency', 'String', 'EUR'),
  field.of('Date', 'DateTime', (r) => wireDate(r.date)),
  field.of('Description', 'String', (r) => r.description),
  field.of('Division', 'Int32', (_r, env) => env.store.code),
  field.constant('Document', 'Guid', null),
  field.constant('DocumentNumber', 'Int32', null),
  field.constant('DocumentSubject', 'String', null),
  field.of('DueDate', 'DateTime', (r) => wireDate(r.dueDate)),
  field.of('EntryID', 'Guid', (r) => r.entryId),
  field.of('EntryNumber', 'Int32', (r) => r.entryNumber),
  field.constant('ExchangeRate', 'Double', 1),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('String', 'ExternalLinkDescription', 'ExternalLinkReference'),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('Double', 'ExtraDutyAmountFC', 'ExtraDutyPercentage'),
  field.of('FinancialPeriod', 'Int16', (r) => r.financialPeriod),
  field.of('FinancialYear', 'Int16', (r) => r.financialYear),
  field.of('GLAccount', 'Guid', (_r, env) => env.store.ledger.receivablesGlAccountId),
  field.of('GLAccountCode', 'String', (_r, env) => env.store.ledger.receivablesGlCode),
  field.of('GLAccountDescription', 'String', (_r, env) => env.store.ledger.receivablesGlDescription),
  field.of('ID', 'Guid', (r) => r.id),
  field.of('InvoiceNumber', 'Int32', (r) => r.invoiceNumber),
  field.constant('Item', 'Guid', null),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('String', 'ItemCode', 'ItemDescription'),
  field.of('JournalCode', 'String', (r) => r.journalCode),
  field.of('JournalDescription', 'String', (r, env) => journalOf(r, env).description),
  field.of('LineNumber', 'Int32', (r) => r.lineNumber),
  field.constant('LineType', 'Int16', 0),
  field.of('Modified', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.modifiedMs))),
  field.of('Modifier', 'Guid', (r) => r.modifierId),
  field.of('ModifierFullName', 'String', (r, env) => env.fullNameOf(r.modifierId)),
  field.constant('Notes', 'String', null),
  field.constant('OffsetID', 'Guid', null),
  field.constant('OrderNumber', 'Int32', null),
  field.constant('PaymentDiscountAmount', 'Double', null),
  field.constant('PaymentReference', 'String', null),
  field.constant('Project', 'Guid', null),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('String', 'ProjectCode', 'ProjectDescription'),
  field.constant('Quantity', 'Double', null),
  field.constant('SerialNumber', 'String', null),
  // 50 = processed (§4.6).
  field.constant('Status', 'Int16', 50),
  field.constant('Subscription', 'Guid', null),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('String', 'SubscriptionDescription', 'TrackingNumber', 'TrackingNumberDescription'),
  field.of('Type', 'Int32', (r) => r.type),
  ...field.nulls<TransactionLineRecord, DivisionWireEnv>('String', 'VATCode', 'VATCodeDescription'),
  field.constant('VATPercentage', 'Double', 0),
  field.constant('VATType', 'String', null),
  field.constant('YourRef', 'String', null),
];

export const syncTransactionLineEntity: EntityDefinition<TransactionLineRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Sync.Financial.TransactionLine',
  fields: [field.of('Timestamp', 'Int64', (r) => wireInt64(r.timestamp)), ...lineFields],
  uri: (r, env) => divisionUri(env, `sync/Financial/TransactionLines(${r.timestamp}L)`),
});

export const transactionLineEntity: EntityDefinition<TransactionLineRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Financial.TransactionLine',
  fields: [field.of('ID', 'Guid', (r) => r.id), ...lineFields.filter((f) => f.name !== 'ID')],
  uri: (r, env) => divisionUri(env, `financialtransaction/TransactionLines(guid'${r.id}')`),
});
