// financialtransaction/BankEntries with BankEntryLines (§6 "register a received payment").
// The lines are a navigation property: deferred, or inline `{results:[…]}` with $expand.
import type { BankEntryLineRecord, BankEntryRecord } from '../../store/records.js';
import { defineEntity, deferred, divisionUri, field, type DivisionWireEnv, type EntityDefinition } from '../entity.js';
import { padCode, wireDateFromMs, wireMoney } from '../values.js';

export interface BankEntryLineView {
  entry: BankEntryRecord;
  line: BankEntryLineRecord;
}

const entryUri = (entry: BankEntryRecord) => `financialtransaction/BankEntries(guid'${entry.entryId}')`;

export const bankEntryEntity: EntityDefinition<BankEntryRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Financial.BankEntry',
  fields: [
    field.of('EntryID', 'Guid', (r) => r.entryId),
    field.of('BankEntryLines', 'Navigation', (r, env) => deferred(`${divisionUri(env, entryUri(r))}/BankEntryLines`)),
    field.constant('BankStatementDocument', 'Guid', null),
    field.constant('BankStatementDocumentNumber', 'Int32', null),
    field.constant('BankStatementDocumentSubject', 'String', null),
    field.constant('ClosingBalanceFC', 'Double', null),
    field.of('Created', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.createdMs))),
    field.of('Currency', 'String', (r) => r.currency),
    field.of('Division', 'Int32', (_r, env) => env.store.code),
    field.of('EntryNumber', 'Int32', (r) => r.entryNumber),
    field.of('FinancialPeriod', 'Int16', (r) => r.financialPeriod),
    field.of('FinancialYear', 'Int16', (r) => r.financialYear),
    field.of('JournalCode', 'String', (r) => r.journalCode),
    field.of('JournalDescription', 'String', (r, env) => (r.journalCode === env.store.ledger.bankJournal.code ? env.store.ledger.bankJournal.description : null)),
    field.of('Modified', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.modifiedMs))),
    field.constant('OpeningBalanceFC', 'Double', null),
    field.constant('Status', 'Int16', 20),
    field.constant('StatusDescription', 'String', 'Open'),
  ],
  uri: (r, env) => divisionUri(env, entryUri(r)),
});

const lineAccount = (v: BankEntryLineView, env: DivisionWireEnv) => (v.line.accountId === null ? undefined : env.store.accounts.get(v.line.accountId));

export const bankEntryLineEntity: EntityDefinition<BankEntryLineView> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Financial.BankEntryLine',
  fields: [
    field.of('ID', 'Guid', (v) => v.line.id),
    field.of('Account', 'Guid', (v) => v.line.accountId),
    field.of('AccountCode', 'String', (v, env) => {
      const account = lineAccount(v, env);
      return account === undefined ? null : padCode(account.code);
    }),
    field.of('AccountName', 'String', (v, env) => lineAccount(v, env)?.name ?? null),
    field.of('AmountDC', 'Double', (v) => wireMoney(v.line.amountCents)),
    field.of('AmountFC', 'Double', (v) => wireMoney(v.line.amountCents)),
    field.constant('AmountVATFC', 'Double', null),
    field.constant('Asset', 'Guid', null),
    ...field.nulls<BankEntryLineView, DivisionWireEnv>('String', 'AssetCode', 'AssetDescription', 'CostCenter', 'CostCenterDescription', 'CostUnit', 'CostUnitDescription'),
    field.of('Created', 'DateTime', (v, env) => wireDateFromMs(env.instant(v.entry.createdMs))),
    field.of('Creator', 'Guid', (v) => v.entry.creatorId),
    field.of('CreatorFullName', 'String', (v, env) => env.fullNameOf(v.entry.creatorId)),
    field.of('Date', 'DateTime', (v, env) => (v.line.dateMs === null ? null : wireDateFromMs(env.instant(v.line.dateMs)))),
    field.of('Description', 'String', (v) => v.line.description),
    field.of('Division', 'Int32', (_v, env) => env.store.code),
    field.constant('Document', 'Guid', null),
    field.constant('DocumentNumber', 'Int32', null),
    field.constant('DocumentSubject', 'String', null),
    field.of('EntryID', 'Guid', (v) => v.entry.entryId),
    field.of('EntryNumber', 'Int32', (v) => v.entry.entryNumber),
    field.constant('ExchangeRate', 'Double', 1),
    field.of('GLAccount', 'Guid', (v) => v.line.glAccountId),
    field.constant('GLAccountCode', 'String', null),
    field.constant('GLAccountDescription', 'String', null),
    field.of('LineNumber', 'Int32', (v) => v.line.lineNumber),
    field.of('Modified', 'DateTime', (v, env) => wireDateFromMs(env.instant(v.entry.modifiedMs))),
    field.of('Modifier', 'Guid', (v) => v.entry.modifierId),
    field.of('ModifierFullName', 'String', (v, env) => env.fullNameOf(v.entry.modifierId)),
    field.of('Notes', 'String', (v) => v.line.notes),
    field.constant('OffsetID', 'Guid', null),
    field.of('OurRef', 'Int32', (v) => v.line.ourRef),
    field.constant('Project', 'Guid', null),
    field.constant('ProjectCode', 'String', null),
    field.constant('ProjectDescription', 'String', null),
    field.constant('Quantity', 'Double', null),
    field.constant('VATCode', 'String', null),
    field.constant('VATCodeDescription', 'String', null),
    field.constant('VATPercentage', 'Double', null),
    field.constant('VATType', 'String', null),
  ],
  uri: (v, env) => divisionUri(env, `financialtransaction/BankEntryLines(guid'${v.line.id}')`),
});
