// activities/CommunicationNotes (§6: "good fit for 'reminder 2 sent on …'"): GET and POST only.
import type { CommunicationNoteRecord } from '../../store/records.js';
import { defineEntity, deferred, divisionUri, field, type EntityDefinition } from '../entity.js';
import { wireDateFromMs } from '../values.js';

const noteUri = (id: string) => `activities/CommunicationNotes(guid'${id}')`;

export const communicationNoteEntity: EntityDefinition<CommunicationNoteRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Activities.CommunicationNote',
  fields: [
    field.of('ID', 'Guid', (r) => r.id),
    field.of('Account', 'Guid', (r) => r.accountId),
    field.of('AccountName', 'String', (r, env) => (r.accountId === null ? null : (env.store.accounts.get(r.accountId)?.name ?? null))),
    field.of('Attachments', 'Navigation', (r, env) => deferred(`${divisionUri(env, noteUri(r.id))}/Attachments`)),
    field.constant('Campaign', 'Guid', null),
    field.constant('CampaignDescription', 'String', null),
    field.of('Contact', 'Guid', (r) => r.contactId),
    field.constant('ContactFullName', 'String', null),
    field.of('Created', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.createdMs))),
    field.of('Creator', 'Guid', (r) => r.creatorId),
    field.of('CreatorFullName', 'String', (r, env) => env.fullNameOf(r.creatorId)),
    field.of('Date', 'DateTime', (r, env) => (r.dateMs === null ? null : wireDateFromMs(env.instant(r.dateMs)))),
    field.of('Division', 'Int32', (_r, env) => env.store.code),
    field.of('Document', 'Guid', (r) => r.documentId),
    field.of('DocumentSubject', 'String', (r, env) => (r.documentId === null ? null : (env.store.documents.get(r.documentId)?.subject ?? null))),
    field.of('HID', 'Int32', (r) => r.hid),
    field.of('Modified', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.modifiedMs))),
    field.of('Modifier', 'Guid', (r) => r.modifierId),
    field.of('ModifierFullName', 'String', (r, env) => env.fullNameOf(r.modifierId)),
    field.of('Notes', 'String', (r) => r.notes),
    field.constant('Opportunity', 'Guid', null),
    field.constant('OpportunityName', 'String', null),
    // 50 = Processed (specs: 0 Void … 50 Processed).
    field.constant('Status', 'Int32', 50),
    field.constant('StatusDescription', 'String', 'Verwerkt'),
    field.of('Subject', 'String', (r) => r.subject),
    field.of('User', 'Guid', (r) => r.userId),
    field.of('UserFullName', 'String', (r, env) => (r.userId === null ? null : env.fullNameOf(r.userId))),
  ],
  uri: (r, env) => divisionUri(env, noteUri(r.id)),
});
