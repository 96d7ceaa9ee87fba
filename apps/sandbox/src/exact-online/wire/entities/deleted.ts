// sync/Deleted rows (§4.9): what was deleted (EntityKey, EntityType), by whom and when.
import type { DeletedRecord } from '../../store/records.js';
import { defineEntity, divisionUri, field, type EntityDefinition } from '../entity.js';
import { wireDateFromMs, wireInt64 } from '../values.js';

export const deletedEntity: EntityDefinition<DeletedRecord> = defineEntity({
  typeName: 'Exact.Web.Api.Models.Sync.Deleted',
  fields: [
    field.of('Timestamp', 'Int64', (r) => wireInt64(r.timestamp)),
    field.of('DeletedBy', 'Guid', (r) => r.deletedBy),
    field.of('DeletedDate', 'DateTime', (r, env) => wireDateFromMs(env.instant(r.deletedMs))),
    field.of('Division', 'Int32', (_r, env) => env.store.code),
    field.of('EntityKey', 'Guid', (r) => r.entityKey),
    field.of('EntityType', 'Int32', (r) => r.entityType),
    field.of('ID', 'Guid', (r) => r.id),
  ],
  uri: (r, env) => divisionUri(env, `sync/Deleted(${r.timestamp}L)`),
});
