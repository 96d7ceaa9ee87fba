// What the hub asks a connector to record on the source package, and what came of it.
// Every action carries an idempotency key: the connector looks before it writes (a note or
// document carrying the key, a payment reference) so a retried job never writes twice.
import type { CurrencyCode, IsoDate } from '@hub/mapping';

export interface DunningStepRef {
  /** e.g. "reminder-1", "final-notice" */
  name: string;
  /** 1-based position in the policy. */
  sequence: number;
  final: boolean;
}

export interface AttachedDocument {
  fileName: string;
  contentType: 'application/pdf';
  contentBase64: string;
}

interface WriteBackBase {
  /** Stable per business action, e.g. "dunning-action:<uuid>"; at most 60 characters. */
  idempotencyKey: string;
  debtorExternalId: string;
  occurredOn: IsoDate;
}

/** "Reminder 2 sent on …": a note / memo / free-text field on the debtor, per platform. */
export interface DunningNoteAction extends WriteBackBase {
  kind: 'dunning-note';
  step: DunningStepRef;
  invoiceExternalIds: string[];
  invoiceNumbers: string[];
  subject: string;
  text: string;
}

/** The letter itself as a document on the debtor or the sales booking, where the platform has documents. */
export interface DunningDocumentAction extends WriteBackBase {
  kind: 'dunning-document';
  step: DunningStepRef;
  invoiceExternalIds: string[];
  invoiceNumbers: string[];
  subject: string;
  document: AttachedDocument;
}

/** A payment the hub registered (e.g. through a payment link), booked only when the administration opts in. */
export interface PaymentAction extends WriteBackBase {
  kind: 'payment';
  invoiceExternalId: string;
  invoiceNumber: string;
  amountCents: number;
  currency: CurrencyCode;
  /** The reference the platform stores; also the idempotency marker where the platform rejects duplicates. */
  reference: string;
  description: string;
}

export type WriteBackAction = DunningNoteAction | DunningDocumentAction | PaymentAction;
export type WriteBackKind = WriteBackAction['kind'];

export interface WriteBackResult {
  /** `already-done`: the look-before-write found the key; nothing was written this time. */
  outcome: 'written' | 'already-done';
  /** The platform's id of what was written (note id, document id, mutation id). */
  platformReference: string | null;
  apiCalls: number;
}
