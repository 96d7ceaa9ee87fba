// financialtransaction/BankEntries (§6 "register a received payment"): POST a bank entry with
// BankEntryLines; a line on a debtor with OurRef = an invoice number of that debtor books the
// receipt against the invoice's open terms, as Exact's automatic matching does for equal amounts
// (§6, PQ#260; partial amounts per the `partialPayments` switch). GET reads them back, with
// `$expand=BankEntryLines` inlining the lines.
import type { BankEntryLineRecord, BankEntryRecord } from '../../store/records.js';
import { bookBankEntry } from '../../store/bank-ledger.js';
import type { DivisionStore } from '../../store/division-store.js';
import { bankEntryEntity, bankEntryLineEntity, type BankEntryLineView } from '../../wire/entities/bank-entry.js';
import { serializeEntity } from '../../wire/entity.js';
import { ExactErrors } from '../../wire/errors.js';
import { collectionEndpoint } from '../collection-endpoint.js';
import type { EndpointContext, EndpointHandlers } from '../endpoint.js';
import { JsonBody } from '../json-body.js';
import { logWriteBack, requireExistingAccount, respondCreated } from '../write-support.js';
import { byKey } from './read-endpoints.js';

export function bankEntriesEndpoint(): EndpointHandlers {
  return {
    ...collectionEndpoint({
      kind: 'standard',
      entity: bankEntryEntity,
      source: (store) => byKey(store.bankEntries, (r) => r.entryId),
      find: (store, id) => store.bankEntries.get(id),
      decorate: expandLines,
    }),
    create(ctx) {
      const body = JsonBody.of(ctx.req);
      const { store, runtime } = ctx;
      const journalCode = body.string('JournalCode', true) as string;
      const rawLines = body.array('BankEntryLines', true) as unknown[];
      if (rawLines.length === 0) throw ExactErrors.badRequest('Mandatory: BankEntryLines');
      const lines = rawLines.map((raw, index) => parseLine(ctx, raw, index, store.newGuid()));
      const bookkeeping = { store, actorId: ctx.caller.userId, nowMs: runtime.context.clock.nowMs(), options: runtime.options };
      const { entry, events } = bookBankEntry(bookkeeping, {
        journalCode,
        currency: body.string('Currency') ?? 'EUR',
        ...optional('entryNumber', body.integer('EntryNumber')),
        ...optional('financialYear', body.integer('FinancialYear')),
        ...optional('financialPeriod', body.integer('FinancialPeriod')),
        lines,
        receiptSign: runtime.options.bankReceiptSign === 'positive' ? 1 : -1,
        today: runtime.context.clock.today(),
      });
      logWriteBack(ctx, 'bank-entry');
      runtime.webhooks.notify(store, events);
      respondCreated(ctx, bankEntryEntity, entry, body);
    },
  };
}

/** financialtransaction/BankEntryLines (GET): what a client reads to look before it writes. */
export function bankEntryLinesEndpoint(): EndpointHandlers {
  return collectionEndpoint({
    kind: 'standard',
    entity: bankEntryLineEntity,
    source: (store) => {
      const views = lineViews(store);
      return { style: 'key', rows: (after) => views.filter((view) => after === null || view.line.id > after), tokenOf: (view) => view.line.id };
    },
    find: (store, id) => lineViews(store).find((view) => view.line.id === id),
  });
}

function lineViews(store: DivisionStore): BankEntryLineView[] {
  const views: BankEntryLineView[] = [];
  for (const entry of store.bankEntries.values()) for (const line of entry.lines) views.push({ entry, line });
  return views.sort((a, b) => (a.line.id < b.line.id ? -1 : 1));
}

function optional<K extends string>(name: K, value: number | null): Partial<Record<K, number>> {
  return value === null ? {} : ({ [name]: value } as Record<K, number>);
}

function parseLine(ctx: EndpointContext, raw: unknown, index: number, id: string): BankEntryLineRecord {
  const line = JsonBody.fromValue(raw, `BankEntryLines[${index}]`);
  const accountId = line.guid('Account');
  requireExistingAccount(ctx, accountId);
  return {
    id,
    lineNumber: index + 1,
    accountId,
    glAccountId: line.guid('GLAccount'),
    amountCents: line.cents('AmountFC', true) as number,
    dateMs: line.dateMs('Date'),
    description: line.string('Description'),
    notes: line.string('Notes'),
    ourRef: line.integer('OurRef'),
  };
}

function expandLines(ctx: EndpointContext, row: Record<string, unknown>, entry: BankEntryRecord): void {
  if (!(ctx.query.expand ?? []).includes('BankEntryLines') || !('BankEntryLines' in row)) return;
  row.BankEntryLines = { results: entry.lines.map((line) => serializeEntity(bankEntryLineEntity, { entry, line }, ctx.env, null)) };
}
