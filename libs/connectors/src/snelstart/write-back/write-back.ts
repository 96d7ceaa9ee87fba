// writeBack for SnelStart (§6): the dunning stage on the relatie (an extra veld when configured,
// else a line in the memo) and the letter as a document on the sales booking. Each looks before
// it writes. Calls are not retried inside: a PUT/POST whose answer was lost may have been
// written, and only the next attempt's look can tell; the hub retries the whole action.
// Payments are not booked (§6 option 5: high risk of double booking): invalid_request.
import type { WriteBackAction, WriteBackResult } from '../../port/write-back.js';
import type { SnelStartApi } from '../http/snelstart-api.js';
import { writeDunningDocument } from './dunning-document.js';
import { writeDunningStageField } from './dunning-stage-field.js';
import { writeBackRefused } from './marker.js';
import { appendDunningMemo } from './memo.js';

export interface SnelStartWriteBackSettings {
  /** The klant extra veld that holds the dunning stage (§6 option 1); absent: the memo is used. */
  dunningStageField?: string;
}

export function writeBackToSnelStart(api: SnelStartApi, action: WriteBackAction, settings: SnelStartWriteBackSettings): Promise<WriteBackResult> {
  switch (action.kind) {
    case 'dunning-note':
      return settings.dunningStageField === undefined ? appendDunningMemo(api, action) : writeDunningStageField(api, action, settings.dunningStageField);
    case 'dunning-document':
      return writeDunningDocument(api, action);
    case 'payment':
      return Promise.reject(writeBackRefused('payments are not booked in SnelStart (§6: they would be booked twice next to the bank import)'));
  }
}
