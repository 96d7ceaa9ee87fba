// The control API's operations on the e-Boekhouden stand-in: what the customer or their bookkeeper
// does in the e-Boekhouden UI while the hub is connected. None of it is a hub write-back.
import {
  SandboxControlError,
  type DebtorPatch,
  type GeneratedInvoice,
  type GeneratedPayment,
  type InvoicePatch,
  type OpenItemsSummary,
  type PlatformControl,
  type SandboxClock,
} from '../core/contracts.js';
import type { EBoekhoudenSandboxOptions } from './options.js';
import type { AdministrationStore } from './store/administration-store.js';
import { bookPayment } from './store/bookings.js';
import { correctSalesInvoice } from './store/corrections.js';
import type { OpenPostRecord, RelationRecord } from './store/records.js';
import { bookGeneratedInvoice } from './store/seed.js';
import type { EBoekhoudenStore } from './store/store.js';

export function createEBoekhoudenControl(store: EBoekhoudenStore, clock: SandboxClock, options: EBoekhoudenSandboxOptions): PlatformControl {
  return {
    registerPayment(administrationKey, invoiceNumber, amountCents, date = clock.today()): GeneratedPayment {
      if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
        throw new SandboxControlError(400, `amountCents must be a positive integer, got ${String(amountCents)}`, 'amountCents');
      }
      const administration = administrationFor(store, administrationKey);
      const post = postFor(administration, invoiceNumber);
      const description = `Betaling factuur ${invoiceNumber}`;
      const mutation = bookPayment(administration, { post, amountCents, date, description });
      return { key: `P-EB${mutation.id}`, invoiceKey: post.invoiceKey, debtorKey: post.debtorKey, date, amountCents, description };
    },

    addInvoice(administrationKey, invoice): GeneratedInvoice {
      const administration = administrationFor(store, administrationKey);
      const relation = administration.relationByDebtorKey(invoice.debtorKey);
      if (!relation) throw new SandboxControlError(404, `Debtor ${invoice.debtorKey} not found in ${administrationKey}`, 'debtorKey');
      if (administration.openPostFor(relation.id, invoice.number)) {
        // MUT_019: invoice numbers are unique per relation.
        throw new SandboxControlError(409, `Invoice ${invoice.number} already exists for relation ${relation.code}`, 'number');
      }
      const added: GeneratedInvoice = { ...invoice, key: invoice.key ?? `I-EB${administration.nextMutationId()}` };
      bookGeneratedInvoice(administration, added, { invoiceModuleShare: options.invoiceModuleShare }, added.openCents);
      return added;
    },

    changeInvoice(administrationKey, invoiceNumber, patch: InvoicePatch): void {
      const administration = administrationFor(store, administrationKey);
      try {
        correctSalesInvoice(administration, postFor(administration, invoiceNumber), patch);
      } catch (error) {
        if (error instanceof RangeError) throw new SandboxControlError(400, error.message, 'dueDate');
        throw error;
      }
    },

    deleteInvoice(administrationKey, invoiceNumber): void {
      const administration = administrationFor(store, administrationKey);
      administration.removeInvoice(postFor(administration, invoiceNumber));
    },

    changeDebtor(administrationKey, debtorCode, patch: DebtorPatch): void {
      const administration = administrationFor(store, administrationKey);
      const relation = relationFor(administration, debtorCode);
      // e-Boekhouden keeps no language on a relation (§3.3): a language change leaves it as it is.
      const next: RelationRecord = { ...relation };
      if (patch.name !== undefined) next.name = patch.name;
      if (patch.email !== undefined) next.emailAddress = patch.email;
      administration.replaceRelation(next);
    },

    deleteDebtor(administrationKey, debtorCode): void {
      const administration = administrationFor(store, administrationKey);
      const relation = relationFor(administration, debtorCode);
      // A relation with bookings cannot be deleted in e-Boekhouden; the bookkeeper sets it inactive.
      if (administration.hasBookings(relation.id)) administration.replaceRelation({ ...relation, inactive: true });
      else administration.removeRelation(relation.id);
    },

    openItems(administrationKey): OpenItemsSummary {
      const open = administrationFor(store, administrationKey)
        .openPosts()
        .filter((post) => post.openCents !== 0);
      return {
        administrationKey,
        openInvoiceCount: open.length,
        totalOpenCents: open.reduce((sum, post) => sum + post.openCents, 0),
      };
    },
  };
}

function administrationFor(store: EBoekhoudenStore, key: string): AdministrationStore {
  const administration = store.find(key);
  if (!administration) throw new SandboxControlError(404, `Administration ${key} not found in e-Boekhouden`);
  return administration;
}

function postFor(administration: AdministrationStore, invoiceNumber: string): OpenPostRecord {
  const post = administration.openPostByNumber(invoiceNumber);
  if (!post) throw new SandboxControlError(404, `Invoice ${invoiceNumber} not found in ${administration.key}`);
  return post;
}

function relationFor(administration: AdministrationStore, debtorCode: string): RelationRecord {
  const relation = administration.relationByCode(debtorCode);
  if (!relation) throw new SandboxControlError(404, `Debtor ${debtorCode} not found in ${administration.key}`);
  return relation;
}
