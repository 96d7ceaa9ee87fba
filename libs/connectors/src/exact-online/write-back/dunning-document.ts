// dunning-document → the letter as a document on the debtor: POST documents/Documents, then the
// PDF with POST documents/DocumentAttachments (base64, §6). Two writes, so the look covers both:
// a document found without its attachment (an earlier attempt stopped in between) gets the
// attachment now instead of a second document.
import { checkBase64Attachment } from '../../http/base64-attachment.js';
import type { DunningDocumentAction, WriteBackResult } from '../../port/write-back.js';
import { type ExactApi, textField } from '../http/exact-api.js';
import { exactDateTime, guidLiteral, int32Literal, stringLiteral } from '../http/odata.js';
import { markedSubject, writeBackRefused } from './marker.js';

const DOCUMENTS = 'documents/Documents';
const ATTACHMENTS = 'documents/DocumentAttachments';
/** §2: 10 MB per POST, counted on the raw bytes, not the base64 text. */
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export async function writeDunningDocument(api: ExactApi, action: DunningDocumentAction, documentType: number): Promise<WriteBackResult> {
  const attachment = checkedAttachment(action.document.contentBase64);
  const account = guidLiteral(action.debtorExternalId, 'debtor id');
  const subject = markedSubject(action.subject, action.idempotencyKey);

  const found = await api.page({ endpoint: DOCUMENTS, query: { $select: 'ID', $filter: `Account eq ${account} and Subject eq ${stringLiteral(subject)}` } });
  let documentId = textField(found.rows[0], 'ID');
  if (documentId !== null) {
    const attached = await api.page({ endpoint: ATTACHMENTS, query: { $select: 'ID', $filter: `Document eq ${guidLiteral(documentId, 'document id')}` } });
    if (attached.rows.length > 0) return { outcome: 'already-done', platformReference: documentId, apiCalls: api.apiCalls };
  } else {
    const created = await api.create(DOCUMENTS, documentBody(action, subject, documentType));
    documentId = textField(created, 'ID');
    if (documentId === null) throw writeBackRefused('Exact created the document but did not return its ID', DOCUMENTS);
  }
  await api.create(ATTACHMENTS, { Document: documentId, FileName: action.document.fileName, Attachment: attachment });
  return { outcome: 'written', platformReference: documentId, apiCalls: api.apiCalls };
}

function documentBody(action: DunningDocumentAction, subject: string, documentType: number): Record<string, unknown> {
  const body: Record<string, unknown> = { Subject: subject, Type: documentType, Account: action.debtorExternalId.toLowerCase(), DocumentDate: exactDateTime(action.occurredOn) };
  // One invoice: link the letter to it as well (SalesInvoiceNumber is the invoice's "our reference", §6, PQ#268).
  const number = action.invoiceNumbers.length === 1 ? int32Literal(action.invoiceNumbers[0] as string) : null;
  if (number !== null) body.SalesInvoiceNumber = Number(number);
  return body;
}

function checkedAttachment(base64: string): string {
  const checked = checkBase64Attachment(base64, MAX_ATTACHMENT_BYTES);
  if (checked.ok) return checked.base64;
  throw writeBackRefused(checked.reason === 'too-large' ? 'the document is larger than Exact accepts (10 MB)' : 'the document is not base64', ATTACHMENTS);
}
