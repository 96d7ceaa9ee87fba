// Shared by the write endpoints: Exact's POST answer (§3.1: 201 with the entity; the full entity
// only with `Prefer: return=representation`, otherwise the key and what was sent) and the entry
// in the sandbox's write-back log that tests and the demo read.
import { serializeEntity, type EntityDefinition } from '../wire/entity.js';
import { ExactErrors } from '../wire/errors.js';
import { sendEntity, type EndpointContext } from './endpoint.js';
import type { JsonBody } from './json-body.js';

export function respondCreated<R>(ctx: EndpointContext, entity: EntityDefinition<R>, record: R, body: JsonBody): void {
  const wantsRepresentation = /return=representation/i.test(ctx.req.get('Prefer') ?? '');
  const keyField = entity.fields[0]?.name;
  const sent = body.names().filter((name) => entity.field(name) !== undefined);
  const select = wantsRepresentation ? null : new Set([...(keyField === undefined ? [] : [keyField]), ...sent]);
  sendEntity(ctx, ctx.runtime.options.postCreatedStatus, serializeEntity(entity, record, ctx.env, select));
}

export function logWriteBack(ctx: EndpointContext, kind: string): void {
  ctx.runtime.context.recordWriteBack({
    platform: 'exact-online',
    administrationKey: ctx.store.info.administrationKey,
    kind,
    method: ctx.req.method,
    path: ctx.req.originalUrl,
    body: ctx.req.body as unknown,
  });
}

export function requireExistingAccount(ctx: EndpointContext, accountId: string | null): void {
  if (accountId !== null && ctx.store.accounts.get(accountId) === undefined) {
    throw ExactErrors.badRequest(`The account '${accountId}' does not exist in this division.`);
  }
}
