// The control API's operations, done the way a bookkeeper would do them in Exact: a payment is a
// receipt booked against the invoice (terms settle or split, Timestamps move), a deleted invoice
// leaves sync/Deleted rows, and every change is announced to webhook subscribers.
import {
  SandboxControlError,
  type DebtorPatch,
  type GeneratedInvoice,
  type GeneratedPayment,
  type InvoicePatch,
  type OpenItemsSummary,
  type PlatformControl,
  type SandboxDate,
} from '../core/contracts.js';
import type { ExactOnlineRuntime } from './runtime.js';
import { deleteAccount, updateAccount } from './store/accounts-ledger.js';
import { BOOKKEEPER } from './store/actors.js';
import type { BookkeepingContext } from './store/changes.js';
import type { DivisionStore } from './store/division-store.js';
import { bookBankEntry } from './store/bank-ledger.js';
import { bookEntry, changeEntry, deleteEntry } from './store/entries-ledger.js';
import { applyPayment } from './store/payments-ledger.js';
import { openItemsSummary } from './store/receivables.js';
import type { AccountRecord, SalesEntryRecord } from './store/records.js';

export function createExactOnlineControl(runtime: ExactOnlineRuntime): PlatformControl {
  const divisionOf = (administrationKey: string): DivisionStore => runtime.state.divisionOfAdministration(administrationKey);
  const bookkeeping = (store: DivisionStore): BookkeepingContext => ({ store, actorId: BOOKKEEPER.id, nowMs: runtime.context.clock.nowMs(), options: runtime.options });

  return {
    registerPayment(administrationKey, invoiceNumber, amountCents, date): GeneratedPayment {
      const store = divisionOf(administrationKey);
      const entry = findEntry(store, administrationKey, invoiceNumber);
      if (!Number.isSafeInteger(amountCents) || amountCents === 0) throw new SandboxControlError(400, 'amountCents must be a non-zero integer', 'amountCents');
      // A negative amount is money paid out: only a refund of an open credit (credit note) is that.
      const openCents = store.termsOfEntry(entry.entryId).reduce((sum, term) => sum + (term.fullyPaid ? 0 : term.amountCents), 0);
      if (amountCents < 0 && openCents >= 0) throw new SandboxControlError(422, `Invoice ${invoiceNumber} has no open credit to refund`, 'amountCents');
      const day: SandboxDate = date ?? runtime.context.clock.today();
      // Booked as a bookkeeper would: a bank entry with one line on the debtor, OurRef = the invoice.
      const { entry: bankEntry, events } = bookBankEntry(bookkeeping(store), {
        journalCode: store.ledger.bankJournal.code,
        currency: entry.currency,
        lines: [
          {
            id: store.newGuid(),
            lineNumber: 1,
            accountId: entry.accountId,
            glAccountId: store.ledger.receivablesGlAccountId,
            amountCents,
            dateMs: Date.parse(`${day}T00:00:00Z`),
            description: `Betaling factuur ${entry.invoiceNumber}`,
            notes: null,
            ourRef: entry.invoiceNumber,
          },
        ],
        receiptSign: 1,
        today: day,
      });
      runtime.webhooks.notify(store, events);
      return {
        key: bankEntry.entryId,
        invoiceKey: entry.generatedKey,
        debtorKey: store.accounts.get(entry.accountId)?.generatedKey ?? '',
        date: day,
        amountCents,
        description: `Betaling factuur ${entry.invoiceNumber}`,
      };
    },

    addInvoice(administrationKey, invoice): GeneratedInvoice {
      const store = divisionOf(administrationKey);
      const accountId = store.accountIdByGeneratedKey.get(invoice.debtorKey);
      if (accountId === undefined) throw new SandboxControlError(404, `Debtor ${invoice.debtorKey} not found in ${administrationKey}`, 'debtorKey');
      const key = invoice.key ?? `I-${store.code}-${store.entries.size + 1}-${runtime.context.clock.nowMs()}`;
      const ctx = bookkeeping(store);
      const { entry, events } = bookEntry(ctx, {
        generatedKey: key,
        displayNumber: invoice.number,
        accountId,
        invoiceDate: invoice.issueDate,
        dueDate: invoice.dueDate,
        description: invoice.description,
        totalCents: invoice.totalCents,
        vatCents: invoice.vatCents,
        currency: invoice.currency,
        isCreditNote: invoice.isCreditNote,
        paymentTermDays: store.accounts.get(accountId)?.paymentTermDays ?? 30,
      });
      // An invoice added as already (partly) settled: book what was paid.
      const paid = invoice.totalCents - invoice.openCents;
      if (paid !== 0 && Math.sign(paid) === Math.sign(invoice.totalCents)) events.push(...applyPayment(ctx, entry, Math.abs(paid), invoice.issueDate).events);
      runtime.webhooks.notify(store, events);
      return { ...invoice, key };
    },

    changeInvoice(administrationKey, invoiceNumber, patch: InvoicePatch): void {
      const store = divisionOf(administrationKey);
      runtime.webhooks.notify(store, changeEntry(bookkeeping(store), findEntry(store, administrationKey, invoiceNumber), patch));
    },

    deleteInvoice(administrationKey, invoiceNumber): void {
      const store = divisionOf(administrationKey);
      runtime.webhooks.notify(store, deleteEntry(bookkeeping(store), findEntry(store, administrationKey, invoiceNumber)));
    },

    changeDebtor(administrationKey, debtorCode, patch: DebtorPatch): void {
      const store = divisionOf(administrationKey);
      runtime.webhooks.notify(store, updateAccount(bookkeeping(store), findAccount(store, administrationKey, debtorCode), patch));
    },

    deleteDebtor(administrationKey, debtorCode): void {
      const store = divisionOf(administrationKey);
      runtime.webhooks.notify(store, deleteAccount(bookkeeping(store), findAccount(store, administrationKey, debtorCode)));
    },

    openItems(administrationKey): OpenItemsSummary {
      return openItemsSummary(divisionOf(administrationKey));
    },
  };
}

function findEntry(store: DivisionStore, administrationKey: string, invoiceNumber: string): SalesEntryRecord {
  const entry = store.findEntryByNumber(invoiceNumber);
  if (entry === undefined) throw new SandboxControlError(404, `Invoice ${invoiceNumber} not found in ${administrationKey}`);
  return entry;
}

function findAccount(store: DivisionStore, administrationKey: string, debtorCode: string): AccountRecord {
  const account = store.findAccountByCode(debtorCode);
  if (account === undefined) throw new SandboxControlError(404, `Debtor ${debtorCode} not found in ${administrationKey}`);
  return account;
}
