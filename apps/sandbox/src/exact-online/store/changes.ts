// What a bookkeeping operation reports back: the webhook-worthy changes (§5.2 topics) and the
// context every operation runs in (who does it, when, and the switches that shape the ledger).
import type { ExactOnlineSandboxOptions } from '../options.js';
import type { DivisionStore } from './division-store.js';

/** §5.2: debtors change under `Accounts`; invoices and payments under `FinancialTransactions`. */
export type WebhookTopic = 'Accounts' | 'FinancialTransactions' | 'Documents';

export interface ChangeEvent {
  topic: WebhookTopic;
  action: 'Create' | 'Update' | 'Delete';
  /** GUID of the changed record (an account ID or a financial entry's EntryID). */
  key: string;
}

export interface BookkeepingContext {
  store: DivisionStore;
  /** GUID of the user making the change (Creator / Modifier / DeletedBy). */
  actorId: string;
  nowMs: number;
  options: Pick<ExactOnlineSandboxOptions, 'partialPayments' | 'regenerateTermsOnInvoiceChange'>;
}
