// `GET /v1/relation` (thin items: id, type, code — §3.3), `GET /v1/relation/{id}` (the detail a
// client fetches per relation, N+1) and `PATCH /v1/relation/{id}` (the hub's note/free-text write-back, §5.2).
import { Router } from 'express';
import type { EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';
import { filterFromQuery, type FilterField } from '../http/filters.js';
import { malformedPolicy } from '../http/malformed-policy.js';
import { pageOf, parsePaging } from '../http/paging.js';
import { administrationOf, pathId, queryOf } from '../http/request-context.js';
import { recordWriteBack } from '../http/write-back.js';
import { applyRelationPatch, parseRelationPatch } from '../parse/relation-patch.js';
import { maybeCorrupt, withoutFields, withValue } from '../serialise/malformed.js';
import { relationDetail, relationListItem } from '../serialise/relations.js';
import type { AdministrationStore } from '../store/administration-store.js';
import type { RelationRecord } from '../store/records.js';

const RELATION_FILTERS: readonly FilterField<RelationRecord>[] = [
  { parameter: 'code', kind: 'string', value: (relation) => relation.code },
  { parameter: 'type', kind: 'string', value: (relation) => relation.type },
  { parameter: 'email', kind: 'string', value: (relation) => relation.emailAddress },
  { parameter: 'name', kind: 'string', value: (relation) => relation.name },
  { parameter: 'contact', kind: 'string', value: (relation) => relation.contact },
  { parameter: 'city', kind: 'string', value: (relation) => relation.city },
];

/** A relation whose type was never set, or one imported without a code. */
const RELATION_DAMAGE = [withoutFields('type'), withValue('code', '')];

export function relationRoutes(deps: EBoekhoudenDeps): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const administration = administrationOf(req);
    const query = queryOf(req);
    const page = parsePaging(query);
    const matches = filterFromQuery(query, RELATION_FILTERS);
    const policy = malformedPolicy(deps, 'relation', administration.key);
    res.json(
      pageOf(administration.relations().filter(matches), page, deps.options.countMeaning, (relation) =>
        maybeCorrupt(relationListItem(relation), relation.id, policy, RELATION_DAMAGE),
      ),
    );
  });

  router.get('/:id', (req, res) => {
    const relation = findRelation(deps, administrationOf(req), pathId(req));
    res.json(relationDetail(relation, { omitEmpty: deps.options.omitEmptyFields, dateWithTime: deps.options.relationDateWithTime }));
  });

  router.patch('/:id', (req, res) => {
    const administration = administrationOf(req);
    const relation = findRelation(deps, administration, pathId(req));
    const next = applyRelationPatch(relation, parseRelationPatch(req.body), deps.options.patchOmittedFields);
    const holder = administration.relationByCode(next.code);
    if (holder && holder.id !== relation.id) throw new EBoekhoudenApiError('REL_049', { propertyName: 'code' });
    administration.replaceRelation(next);
    recordWriteBack(deps, req, administration, 'relation-patch');
    res.status(204).end();
  });

  return router;
}

function findRelation(deps: EBoekhoudenDeps, administration: AdministrationStore, id: number | null): RelationRecord {
  const relation = id === null ? undefined : administration.relation(id);
  if (!relation) throw new EBoekhoudenApiError('REL_055', { status: deps.options.notFoundStatus });
  return relation;
}
