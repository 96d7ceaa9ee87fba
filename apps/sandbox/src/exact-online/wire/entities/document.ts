// documents/Documents and documents/DocumentAttachments (§6): a document on the debtor or
// invoice, and its file (base64 in, base64 plus a download Url out; §3.4 Edm.Binary).
import type { DocumentAttachmentRecord, DocumentRecord } from '../../store/records.js';
import { defineEntity, divisionUri, field, type EntityDefinition } from '../entity.js';
import { padCode, wireDateFromMs } from '../values.js';

/** ❓ Document type ids differ per division (§9); these are the ones seen in examples (§6). */
const DOCUMENT_TYPE_DESCRIPTIONS: Record<number, string> = { 10: 'Verkoopfactuur', 55: 'Overig', 183: 'Algemene bijlage' };

export const documentEntity: EntityDefinition<DocumentRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Documents.Document',
  fields: [
    field.of('ID', 'Guid', (r) => r.id),
    field.of('Account', 'Guid', (r) => r.accountId),
    field.of('AccountCode', 'String', (r, env) => {
      const account = r.accountId === null ? undefined : env.store.accounts.get(r.accountId);
      return account === undefined ? null : padCode(account.code);
    }),
    field.of('AccountName', 'String', (r, env) => (r.accountId === null ? null : (env.store.accounts.get(r.accountId)?.name ?? null))),
    field.constant('AmountFC', 'Double', null),
    field.of('Body', 'String', (r) => r.body),
    field.constant('Category', 'Guid', null),
    field.constant('CategoryDescription', 'String', null),
    field.constant('Contact', 'Guid', null),
    field.constant('ContactFullName', 'String', null),
    field.of('Created', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.createdMs))),
    field.of('Creator', 'Guid', (r) => r.creatorId),
    field.of('CreatorFullName', 'String', (r, env) => env.fullNameOf(r.creatorId)),
    field.constant('Currency', 'String', null),
    field.of('Division', 'Int32', (_r, env) => env.store.code),
    field.of('DocumentDate', 'DateTime', (r, env) => (r.documentDateMs === null ? null : wireDateFromMs(env.instant(r.documentDateMs)))),
    field.constant('DocumentFolder', 'Guid', null),
    field.constant('DocumentFolderCode', 'String', null),
    field.constant('DocumentFolderDescription', 'String', null),
    field.of('DocumentViewUrl', 'String', (r, env) => `${env.hostBase}/docs/DocView.aspx?DocumentID=${r.id}&_Division_=${env.store.code}`),
    field.constant('ExpiryDate', 'DateTime', null),
    field.of('FinancialTransactionEntryID', 'Guid', (r) => r.financialTransactionEntryId),
    field.of('HasEmptyBody', 'Boolean', (r) => r.body === null || r.body === ''),
    field.of('HID', 'Int32', (r) => r.hid),
    field.constant('InheritShare', 'Boolean', false),
    field.constant('Language', 'String', null),
    field.of('Modified', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.modifiedMs))),
    field.of('Modifier', 'Guid', (r) => r.modifierId),
    field.of('ModifierFullName', 'String', (r, env) => env.fullNameOf(r.modifierId)),
    field.constant('Opportunity', 'Guid', null),
    field.constant('Project', 'Guid', null),
    field.constant('ProjectCode', 'String', null),
    field.constant('ProjectDescription', 'String', null),
    field.constant('ProposedEntryStatus', 'Int16', null),
    field.of('SalesInvoiceNumber', 'Int32', (r) => r.salesInvoiceNumber),
    field.constant('SalesOrderNumber', 'Int32', null),
    field.constant('SendMethod', 'Int32', null),
    field.constant('ShopOrderNumber', 'Int32', null),
    field.of('Subject', 'String', (r) => r.subject),
    field.of('Type', 'Int32', (r) => r.type),
    field.of('TypeDescription', 'String', (r) => DOCUMENT_TYPE_DESCRIPTIONS[r.type] ?? 'Document'),
  ],
  uri: (r, env) => divisionUri(env, `documents/Documents(guid'${r.id}')`),
});

export const documentAttachmentEntity: EntityDefinition<DocumentAttachmentRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Documents.DocumentAttachment',
  fields: [
    field.of('ID', 'Guid', (r) => r.id),
    field.of('Attachment', 'Binary', (r) => r.content.toString('base64')),
    field.of('Document', 'Guid', (r) => r.documentId),
    field.of('FileName', 'String', (r) => r.fileName),
    field.of('FileSize', 'Double', (r) => r.content.length),
    field.of('Url', 'String', (r, env) => `${env.hostBase}/docs/SysAttachment.aspx?ID=${r.id}&_Division_=${env.store.code}`),
  ],
  uri: (r, env) => divisionUri(env, `documents/DocumentAttachments(guid'${r.id}')`),
});
