// `GET /v1/mutation/invoice/outstanding?credDeb=D` (§3.1): the open posts, no due date, filterable
// by `invoiceNumber` only. `credDeb` is required (MUTA_006 when missing, §2.4).
import { Router } from 'express';
import type { EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';
import { filterFromQuery, type FilterField } from '../http/filters.js';
import { malformedPolicy } from '../http/malformed-policy.js';
import { pageOf, parsePaging } from '../http/paging.js';
import { administrationOf, queryOf } from '../http/request-context.js';
import { maybeCorrupt, withDoubleNoise, withoutFields, withTimePart, withValue } from '../serialise/malformed.js';
import { outstandingListItem } from '../serialise/outstanding.js';
import type { OpenPostRecord } from '../store/records.js';

const OUTSTANDING_FILTERS: readonly FilterField<OpenPostRecord>[] = [
  { parameter: 'invoiceNumber', kind: 'string', value: (post) => post.invoiceNumber },
];

/** Damage open posts really show: time parts, double noise, a deleted relation, a booking without a number. */
const OUTSTANDING_DAMAGE = [
  withTimePart('date'),
  withDoubleNoise('outstandingAmount'),
  withoutFields('relationId', 'relationCode', 'company'),
  withValue('invoiceNumber', ''),
];

export function outstandingRoutes(deps: EBoekhoudenDeps): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const administration = administrationOf(req);
    const query = queryOf(req);
    const credDeb = query.get('credDeb');
    if (!credDeb) throw new EBoekhoudenApiError('MUTA_006', { propertyName: 'credDeb' });
    if (credDeb !== 'C' && credDeb !== 'D') throw new EBoekhoudenApiError('ERR_002', { propertyName: 'credDeb' });
    const page = parsePaging(query);
    const matches = filterFromQuery(query, OUTSTANDING_FILTERS);
    // The stand-in books sales only: its creditors side is empty.
    const posts = credDeb === 'D' ? administration.openPosts().filter((post) => post.openCents !== 0 && matches(post)) : [];
    const policy = malformedPolicy(deps, 'outstanding', administration.key);
    res.json(
      pageOf(posts, page, deps.options.countMeaning, (post) =>
        maybeCorrupt(outstandingListItem(post, administration.relation(post.relationId)), post.mutationId, policy, OUTSTANDING_DAMAGE),
      ),
    );
  });

  return router;
}
