// documents/Documents and documents/DocumentAttachments (§6): a document on the debtor or the
// invoice (Subject and Type mandatory), then its file as base64; POST limit 10 MB of raw bytes (§2).
import type { DocumentAttachmentRecord, DocumentRecord } from '../../store/records.js';
import { documentAttachmentEntity, documentEntity } from '../../wire/entities/document.js';
import { ExactErrors } from '../../wire/errors.js';
import { collectionEndpoint } from '../collection-endpoint.js';
import type { EndpointHandlers } from '../endpoint.js';
import { JsonBody } from '../json-body.js';
import { logWriteBack, requireExistingAccount, respondCreated } from '../write-support.js';
import { byKey } from './read-endpoints.js';

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function documentsEndpoint(): EndpointHandlers {
  return {
    ...collectionEndpoint({
      kind: 'standard',
      entity: documentEntity,
      source: (store) => byKey(store.documents, (r) => r.id),
      find: (store, id) => store.documents.get(id),
    }),
    create(ctx) {
      const body = JsonBody.of(ctx.req);
      const subject = body.string('Subject', true) as string;
      const type = body.integer('Type', true) as number;
      const accountId = body.guid('Account');
      requireExistingAccount(ctx, accountId);
      const { store } = ctx;
      const document: DocumentRecord = {
        ...store.versionForNew(ctx.caller.userId, ctx.runtime.context.clock.nowMs()),
        id: body.guid('ID') ?? store.newGuid(),
        hid: store.nextDocumentHid(),
        subject,
        type,
        accountId,
        body: body.string('Body'),
        documentDateMs: body.dateMs('DocumentDate'),
        salesInvoiceNumber: body.integer('SalesInvoiceNumber'),
        financialTransactionEntryId: body.guid('FinancialTransactionEntryID'),
      };
      if (store.documents.get(document.id) !== undefined) throw ExactErrors.badRequest(`A record with ID '${document.id}' already exists.`);
      store.documents.insert(document);
      logWriteBack(ctx, 'document');
      ctx.runtime.webhooks.notify(store, [{ topic: 'Documents', action: 'Create', key: document.id }]);
      respondCreated(ctx, documentEntity, document, body);
    },
  };
}

export function documentAttachmentsEndpoint(): EndpointHandlers {
  return {
    ...collectionEndpoint({
      kind: 'standard',
      entity: documentAttachmentEntity,
      source: (store) => byKey(store.attachments, (r) => r.id),
      find: (store, id) => store.attachments.get(id),
    }),
    create(ctx) {
      const body = JsonBody.of(ctx.req);
      const documentId = body.guid('Document', true) as string;
      const fileName = body.string('FileName', true) as string;
      const base64 = (body.string('Attachment', true) as string).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) throw ExactErrors.badRequest("The property 'Attachment' is not valid Base64.");
      const content = Buffer.from(base64, 'base64');
      if (content.length > MAX_ATTACHMENT_BYTES) throw ExactErrors.badRequest('The attachment exceeds the maximum size of 10 MB.');
      const { store } = ctx;
      if (store.documents.get(documentId) === undefined) throw ExactErrors.badRequest(`The document '${documentId}' does not exist in this division.`);
      const attachment: DocumentAttachmentRecord = {
        ...store.versionForNew(ctx.caller.userId, ctx.runtime.context.clock.nowMs()),
        id: body.guid('ID') ?? store.newGuid(),
        documentId,
        fileName,
        content,
      };
      if (store.attachments.get(attachment.id) !== undefined) throw ExactErrors.badRequest(`A record with ID '${attachment.id}' already exists.`);
      store.attachments.insert(attachment);
      logWriteBack(ctx, 'document-attachment');
      respondCreated(ctx, documentAttachmentEntity, attachment, body);
    },
  };
}
