// Payment terms as sync/Cashflow/PaymentTerms and cashflow/Receivables return them (§4.3/§4.4;
// property lists from specs/exact-online-endpoints.json). AmountDC/FC carry the observed sign
// (negative for an invoice, switch `paymentTermAmountSign`), TransactionAmountDC/FC do not.
import type { PaymentTermRecord } from '../../store/records.js';
import { defineEntity, divisionUri, field, type DivisionWireEnv, type EntityDefinition, type FieldDefinition, type WireValue } from '../entity.js';
import { padCode, padRight, wireDate, wireDateFromMs, wireInt64, wireMoney } from '../values.js';
import { paymentConditionCode, paymentConditionDescription } from './account.js';

type Getter = (record: PaymentTermRecord, env: DivisionWireEnv) => WireValue;

const account = (r: PaymentTermRecord, env: DivisionWireEnv) => env.store.accounts.get(r.accountId);
const accountCode = (r: PaymentTermRecord, env: DivisionWireEnv): string | null => {
  const found = account(r, env);
  return found === undefined ? null : padCode(found.code);
};
const journal = (r: PaymentTermRecord, env: DivisionWireEnv) =>
  r.journalCode === env.store.ledger.bankJournal.code ? env.store.ledger.bankJournal : env.store.ledger.salesJournal;
const amount: Getter = (r, env) => wireMoney(env.termSign * r.amountCents);
const transactionAmount: Getter = (r) => wireMoney(r.transactionAmountCents);
const none: Getter = () => null;

/** Every property either endpoint has, by name; each endpoint lists them in its own order. */
const getters: Record<string, { type: FieldDefinition<PaymentTermRecord, DivisionWireEnv>['type']; get: Getter }> = {
  Timestamp: { type: 'Int64', get: (r) => wireInt64(r.timestamp) },
  ID: { type: 'Guid', get: (r) => r.id },
  Account: { type: 'Guid', get: (r) => r.accountId },
  AccountBankAccountID: { type: 'Guid', get: none },
  AccountBankAccountNumber: { type: 'String', get: none },
  AccountCode: { type: 'String', get: (r, env) => accountCode(r, env) },
  AccountContact: { type: 'Guid', get: none },
  AccountContactName: { type: 'String', get: none },
  AccountCountry: { type: 'String', get: (r, env) => padRight(account(r, env)?.countryCode ?? null, 3) },
  AccountName: { type: 'String', get: (r, env) => account(r, env)?.name ?? null },
  AmountDC: { type: 'Double', get: amount },
  AmountDiscountDC: { type: 'Double', get: () => 0 },
  AmountDiscountFC: { type: 'Double', get: () => 0 },
  AmountFC: { type: 'Double', get: amount },
  ApprovalStatus: { type: 'Int16', get: none },
  BankAccountID: { type: 'Guid', get: none },
  BankAccountNumber: { type: 'String', get: none },
  CashflowTransactionBatchCode: { type: 'String', get: none },
  Created: { type: 'DateTime', get: (r, env) => wireDateFromMs(env.instant(r.createdMs)) },
  Creator: { type: 'Guid', get: (r) => r.creatorId },
  CreatorFullName: { type: 'String', get: (r, env) => env.fullNameOf(r.creatorId) },
  Currency: { type: 'String', get: () => 'EUR' },
  Description: { type: 'String', get: (r) => r.description },
  DirectDebitMandate: { type: 'Guid', get: none },
  DirectDebitMandateDescription: { type: 'String', get: none },
  DirectDebitMandatePaymentType: { type: 'Int16', get: none },
  DirectDebitMandateReference: { type: 'String', get: none },
  DirectDebitMandateType: { type: 'Int16', get: none },
  DiscountDueDate: { type: 'DateTime', get: (r) => wireDate(r.dueDate) },
  Division: { type: 'Int32', get: (_r, env) => env.store.code },
  Document: { type: 'Guid', get: none },
  DocumentNumber: { type: 'Int32', get: none },
  DocumentSubject: { type: 'String', get: none },
  DueDate: { type: 'DateTime', get: (r) => wireDate(r.dueDate) },
  EndDate: { type: 'DateTime', get: (r) => wireDate(r.lastPaymentDate) },
  EndPeriod: { type: 'Int16', get: (r) => (r.lastPaymentDate === null ? null : Number(r.lastPaymentDate.slice(5, 7))) },
  EndToEndID: { type: 'String', get: none },
  EndYear: { type: 'Int16', get: (r) => (r.lastPaymentDate === null ? null : Number(r.lastPaymentDate.slice(0, 4))) },
  EntryDate: { type: 'DateTime', get: (r) => wireDate(r.entryDate) },
  EntryID: { type: 'Guid', get: (r) => r.entryId },
  EntryNumber: { type: 'Int32', get: (r) => r.entryNumber },
  GLAccount: { type: 'Guid', get: (_r, env) => env.store.ledger.receivablesGlAccountId },
  GLAccountCode: { type: 'String', get: (_r, env) => env.store.ledger.receivablesGlCode },
  GLAccountDescription: { type: 'String', get: (_r, env) => env.store.ledger.receivablesGlDescription },
  InvoiceDate: { type: 'DateTime', get: (r) => wireDate(r.invoiceDate) },
  InvoiceNumber: { type: 'Int32', get: (r) => r.invoiceNumber },
  IsBatchBooking: { type: 'Byte', get: () => 0 },
  IsFullyPaid: { type: 'Boolean', get: (r) => r.fullyPaid },
  Journal: { type: 'String', get: (r) => r.journalCode },
  JournalDescription: { type: 'String', get: (r, env) => journal(r, env).description },
  LastPaymentDate: { type: 'DateTime', get: (r) => wireDate(r.lastPaymentDate) },
  // 20 = receipt (receivable), 22 = payment (payable), §4.4.
  LineType: { type: 'Int16', get: () => 20 },
  Modified: { type: 'DateTime', get: (r, env) => wireDateFromMs(env.instant(r.modifiedMs)) },
  Modifier: { type: 'Guid', get: (r) => r.modifierId },
  ModifierFullName: { type: 'String', get: (r, env) => env.fullNameOf(r.modifierId) },
  OrderNumber: { type: 'Int32', get: none },
  PaymentBatchNumber: { type: 'Int32', get: none },
  PaymentCondition: { type: 'String', get: (r) => (r.kind === 'invoice' ? paymentConditionCode(r.paymentTermDays) : null) },
  PaymentConditionDescription: { type: 'String', get: (r) => (r.kind === 'invoice' ? paymentConditionDescription(r.paymentTermDays) : null) },
  PaymentDays: { type: 'Int32', get: (r) => r.paymentTermDays },
  PaymentDaysDiscount: { type: 'Int32', get: () => 0 },
  PaymentDiscountPercentage: { type: 'Double', get: () => 0 },
  PaymentInformationID: { type: 'String', get: none },
  // B = on credit (§4.3).
  PaymentMethod: { type: 'String', get: () => 'B' },
  PaymentReference: { type: 'String', get: none },
  PaymentSelected: { type: 'DateTime', get: none },
  PaymentSelector: { type: 'Guid', get: none },
  PaymentSelectorFullName: { type: 'String', get: none },
  RateFC: { type: 'Double', get: () => 1 },
  ReceivableBatchNumber: { type: 'Int32', get: none },
  ReceivableSelected: { type: 'DateTime', get: none },
  ReceivableSelector: { type: 'Guid', get: none },
  ReceivableSelectorFullName: { type: 'String', get: none },
  Source: { type: 'Int32', get: () => 1 },
  Status: { type: 'Int16', get: (r) => r.status },
  TransactionAmountDC: { type: 'Double', get: transactionAmount },
  TransactionAmountFC: { type: 'Double', get: transactionAmount },
  TransactionDueDate: { type: 'DateTime', get: (r) => wireDate(r.dueDate) },
  TransactionEntryID: { type: 'Guid', get: (r) => r.transactionEntryId },
  TransactionID: { type: 'Guid', get: (r) => r.transactionLineId },
  TransactionIsReversal: { type: 'Boolean', get: () => false },
  TransactionReportingPeriod: { type: 'Int16', get: (r) => Number(r.entryDate.slice(5, 7)) },
  TransactionReportingYear: { type: 'Int16', get: (r) => Number(r.entryDate.slice(0, 4)) },
  TransactionStatus: { type: 'Int16', get: () => 50 },
  // 20 sales entry, 21 credit note, 40 cash flow (§4.6).
  TransactionType: { type: 'Int32', get: (r) => (r.kind === 'receipt' ? 40 : r.transactionAmountCents < 0 ? 21 : 20) },
  YourRef: { type: 'String', get: (r) => r.yourRef },
};

function fieldsInOrder(names: readonly string[]): Array<FieldDefinition<PaymentTermRecord, DivisionWireEnv>> {
  return names.map((name) => {
    const definition = getters[name];
    if (definition === undefined) throw new Error(`No getter for payment-term field ${name}`);
    return field.of(name, definition.type, definition.get);
  });
}

const RECEIVABLE_FIELDS = [
  'ID', 'Account', 'AccountBankAccountID', 'AccountBankAccountNumber', 'AccountCode', 'AccountContact', 'AccountContactName',
  'AccountCountry', 'AccountName', 'AmountDC', 'AmountDiscountDC', 'AmountDiscountFC', 'AmountFC', 'BankAccountID',
  'BankAccountNumber', 'CashflowTransactionBatchCode', 'Created', 'Creator', 'CreatorFullName', 'Currency', 'Description',
  'DirectDebitMandate', 'DirectDebitMandateDescription', 'DirectDebitMandatePaymentType', 'DirectDebitMandateReference',
  'DirectDebitMandateType', 'DiscountDueDate', 'Division', 'Document', 'DocumentNumber', 'DocumentSubject', 'DueDate',
  'EndDate', 'EndPeriod', 'EndToEndID', 'EndYear', 'EntryDate', 'EntryID', 'EntryNumber', 'GLAccount', 'GLAccountCode',
  'GLAccountDescription', 'InvoiceDate', 'InvoiceNumber', 'IsBatchBooking', 'IsFullyPaid', 'Journal', 'JournalDescription',
  'LastPaymentDate', 'Modified', 'Modifier', 'ModifierFullName', 'OrderNumber', 'PaymentCondition',
  'PaymentConditionDescription', 'PaymentDays', 'PaymentDaysDiscount', 'PaymentDiscountPercentage', 'PaymentInformationID',
  'PaymentMethod', 'PaymentReference', 'RateFC', 'ReceivableBatchNumber', 'ReceivableSelected', 'ReceivableSelector',
  'ReceivableSelectorFullName', 'Source', 'Status', 'TransactionAmountDC', 'TransactionAmountFC', 'TransactionDueDate',
  'TransactionEntryID', 'TransactionID', 'TransactionIsReversal', 'TransactionReportingPeriod', 'TransactionReportingYear',
  'TransactionStatus', 'TransactionType', 'YourRef',
] as const;

const SYNC_PAYMENT_TERM_FIELDS = [
  'Timestamp', 'Account', 'AccountBankAccountID', 'AccountBankAccountNumber', 'AccountCode', 'AccountContact',
  'AccountContactName', 'AccountCountry', 'AccountName', 'AmountDC', 'AmountDiscountDC', 'AmountDiscountFC', 'AmountFC',
  'ApprovalStatus', 'BankAccountID', 'BankAccountNumber', 'CashflowTransactionBatchCode', 'Created', 'Creator',
  'CreatorFullName', 'Currency', 'Description', 'DirectDebitMandate', 'DirectDebitMandateDescription',
  'DirectDebitMandatePaymentType', 'DirectDebitMandateReference', 'DirectDebitMandateType', 'DiscountDueDate', 'Division',
  'Document', 'DocumentNumber', 'DocumentSubject', 'DueDate', 'EndDate', 'EndPeriod', 'EndToEndID', 'EndYear', 'EntryDate',
  'EntryID', 'EntryNumber', 'GLAccount', 'GLAccountCode', 'GLAccountDescription', 'ID', 'InvoiceDate', 'InvoiceNumber',
  'IsBatchBooking', 'IsFullyPaid', 'Journal', 'JournalDescription', 'LastPaymentDate', 'LineType', 'Modified', 'Modifier',
  'ModifierFullName', 'OrderNumber', 'PaymentBatchNumber', 'PaymentCondition', 'PaymentConditionDescription', 'PaymentDays',
  'PaymentDaysDiscount', 'PaymentDiscountPercentage', 'PaymentInformationID', 'PaymentMethod', 'PaymentReference',
  'PaymentSelected', 'PaymentSelector', 'PaymentSelectorFullName', 'RateFC', 'ReceivableBatchNumber', 'ReceivableSelected',
  'ReceivableSelector', 'ReceivableSelectorFullName', 'Source', 'Status', 'TransactionAmountDC', 'TransactionAmountFC',
  'TransactionDueDate', 'TransactionEntryID', 'TransactionID', 'TransactionIsReversal', 'TransactionReportingPeriod',
  'TransactionReportingYear', 'TransactionStatus', 'TransactionType', 'YourRef',
] as const;

export const syncPaymentTermEntity: EntityDefinition<PaymentTermRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Sync.Cashflow.PaymentTerm',
  fields: fieldsInOrder(SYNC_PAYMENT_TERM_FIELDS),
  uri: (r, env) => divisionUri(env, `sync/Cashflow/PaymentTerms(${r.timestamp}L)`),
});

export const receivableEntity: EntityDefinition<PaymentTermRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Cashflow.Receivable',
  fields: fieldsInOrder(RECEIVABLE_FIELDS),
  uri: (r, env) => divisionUri(env, `cashflow/Receivables(guid'${r.id}')`),
});

export const bulkReceivableEntity: EntityDefinition<PaymentTermRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Bulk.Cashflow.Receivable',
  fields: fieldsInOrder(RECEIVABLE_FIELDS),
  uri: (r, env) => divisionUri(env, `bulk/Cashflow/Receivables(guid'${r.id}')`),
});
