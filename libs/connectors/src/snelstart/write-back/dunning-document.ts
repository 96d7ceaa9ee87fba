// dunning-document → the letter PDF on each invoice's sales booking (§6 option 3, §4.5:
// `POST /documenten/Verkoopboekingen`), found through the invoice's `verkoopBoeking` reference.
// Without a booking (no invoice, or none has one) the letter goes on the relatie instead
// (`/documenten/Relaties`). Per target: list its documents first, write only when none carries the
// action's file marker, so a retry after a partial run writes only what is missing.
import type { DunningDocumentAction, WriteBackResult } from '../../port/write-back.js';
import { checkBase64Attachment } from '../../http/base64-attachment.js';
import { guidOf, referenceId, type SnelStartApi, textField } from '../http/snelstart-api.js';
import { fileMarker, markedFileName, writeBackRefused } from './marker.js';

/** §4.5: BLG-0006, at most 10 MB. */
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

type DocumentType = 'Verkoopboekingen' | 'Relaties';

interface Target {
  type: DocumentType;
  parentId: string;
}

export async function writeDunningDocument(api: SnelStartApi, action: DunningDocumentAction): Promise<WriteBackResult> {
  const content = checkBase64Attachment(action.document.contentBase64, MAX_DOCUMENT_BYTES);
  if (!content.ok) throw writeBackRefused(content.reason === 'too-large' ? 'the document is larger than SnelStart accepts (10 MB)' : 'the document is not base64', 'documenten/{documenttype}');

  const targets = await targetsOf(api, action);
  const fileName = markedFileName(action.document.fileName, action.idempotencyKey);
  const marker = fileMarker(action.idempotencyKey);
  let written = false;
  let reference: string | null = null;
  for (const target of targets) {
    const existing = await api.list('documenten/{documenttype}/{pid}', {}, undefined, `documenten/${target.type}/${target.parentId}`);
    const found = existing.find((document) => textField(document, 'fileName')?.includes(marker) === true);
    if (found !== undefined) {
      reference ??= textField(found, 'id');
      continue;
    }
    const created = await api.send('POST', `documenten/${target.type}`, 'documenten/{documenttype}', {
      content: content.base64,
      parentIdentifier: target.parentId,
      fileName,
      readOnly: true,
    });
    reference ??= textField(created, 'id');
    written = true;
  }
  return { outcome: written ? 'written' : 'already-done', platformReference: reference, apiCalls: api.apiCalls };
}

/** The bookings of the action's invoices (one each, deduplicated), else the relatie. */
async function targetsOf(api: SnelStartApi, action: DunningDocumentAction): Promise<Target[]> {
  const bookings = new Set<string>();
  for (const invoiceId of action.invoiceExternalIds) {
    const invoice = await api.find(`verkoopfacturen/${guidOf(invoiceId, 'invoice id')}`, 'verkoopfacturen/{id}');
    const booking = referenceId(invoice, 'verkoopBoeking');
    if (booking !== null) bookings.add(guidOf(booking, 'verkoopboeking id'));
  }
  if (bookings.size > 0) return [...bookings].map((parentId) => ({ type: 'Verkoopboekingen', parentId }));
  return [{ type: 'Relaties', parentId: guidOf(action.debtorExternalId, 'debtor id') }];
}
