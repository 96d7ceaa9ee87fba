// dunning-note → a CRM note on the debtor: POST activities/CommunicationNotes (§6, "good fit for
// 'reminder 2 sent on …'"). GET and POST only; there is no PUT, so a note is never corrected.
import type { DunningNoteAction, WriteBackResult } from '../../port/write-back.js';
import { type ExactApi, textField } from '../http/exact-api.js';
import { exactDateTime, guidLiteral, stringLiteral } from '../http/odata.js';
import { markedSubject } from './marker.js';

const ENDPOINT = 'activities/CommunicationNotes';

export async function writeDunningNote(api: ExactApi, action: DunningNoteAction): Promise<WriteBackResult> {
  const account = guidLiteral(action.debtorExternalId, 'debtor id');
  const subject = markedSubject(action.subject, action.idempotencyKey);
  const found = await api.page({ endpoint: ENDPOINT, query: { $select: 'ID', $filter: `Account eq ${account} and Subject eq ${stringLiteral(subject)}` } });
  if (found.rows.length > 0) return { outcome: 'already-done', platformReference: textField(found.rows[0], 'ID'), apiCalls: api.apiCalls };

  const created = await api.create(ENDPOINT, {
    Account: action.debtorExternalId.toLowerCase(),
    Subject: subject,
    Notes: action.text,
    Date: exactDateTime(action.occurredOn),
  });
  return { outcome: 'written', platformReference: textField(created, 'ID'), apiCalls: api.apiCalls };
}
