// writeBack for Exact Online: one look (a filtered GET for the action's marker) before any write,
// so a repeated action answers `already-done` without writing (§6 for what each kind writes).
// Calls are not retried inside: a POST whose answer was lost may have been written, and only the
// look of the next attempt can tell; the hub retries the whole action.
import type { WriteBackAction, WriteBackResult } from '../../port/write-back.js';
import type { ExactApi } from '../http/exact-api.js';
import { writeDunningDocument } from './dunning-document.js';
import { writeDunningNote } from './dunning-note.js';
import { writeBackRefused } from './marker.js';
import { writePayment, type ExactPaymentBooking } from './payment.js';

export interface ExactWriteBackSettings {
  /**
   * `Type` of the dunning letter's document: an id from the division's documents/DocumentTypes
   * (ids are ❓ per §9; 183 "General attachment" was used in a 2026 recording). Default 183.
   */
  documentType?: number;
  /** Set when the administration opted in to payments being booked; absent: payment write-back is off. */
  payments?: ExactPaymentBooking;
}

export const DEFAULT_DOCUMENT_TYPE = 183;

export function writeBackToExact(api: ExactApi, action: WriteBackAction, settings: ExactWriteBackSettings): Promise<WriteBackResult> {
  switch (action.kind) {
    case 'dunning-note':
      return writeDunningNote(api, action);
    case 'dunning-document':
      return writeDunningDocument(api, action, settings.documentType ?? DEFAULT_DOCUMENT_TYPE);
    case 'payment':
      if (settings.payments === undefined) return Promise.reject(writeBackRefused('payments are not booked in this administration'));
      return writePayment(api, action, settings.payments);
  }
}
