// `GET /v1/mutation` (thin list, filters type/id/description/invoiceNumber/date — §3.4, with the
// opening-balance rows as id 0 / type 0), `GET /v1/mutation/{id}` (detail with `termOfPayment`)
// and `POST /v1/mutation` (booking; type 3 registers a received payment, §5.1).
import { Router } from 'express';
import type { EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';
import { filterFromQuery, type FilterField } from '../http/filters.js';
import { malformedPolicy } from '../http/malformed-policy.js';
import { pageOf, parsePaging } from '../http/paging.js';
import { administrationOf, pathId, queryOf } from '../http/request-context.js';
import { recordWriteBack } from '../http/write-back.js';
import { parseMutationInput } from '../parse/mutation-input.js';
import { maybeCorrupt, withDoubleNoise, withTimePart, withValue } from '../serialise/malformed.js';
import { mutationDetail, mutationListItem, openingBalanceListItem } from '../serialise/mutations.js';
import { bookMutation } from '../store/book-mutation.js';
import { MUTATION_TYPE, type MutationRecord, type OpeningBalanceRecord } from '../store/records.js';
import { DEFAULT_TERM_OF_PAYMENT } from '../store/seed.js';

type ListedMutation = { opening: OpeningBalanceRecord } | { mutation: MutationRecord };

const MUTATION_FILTERS: readonly FilterField<ListedMutation>[] = [
  { parameter: 'type', kind: 'number', value: (entry) => ('opening' in entry ? 0 : entry.mutation.type) },
  { parameter: 'id', kind: 'number', value: (entry) => ('opening' in entry ? 0 : entry.mutation.id) },
  { parameter: 'description', kind: 'string', value: (entry) => ('opening' in entry ? '' : entry.mutation.description) },
  { parameter: 'invoiceNumber', kind: 'string', value: (entry) => ('opening' in entry ? '' : entry.mutation.invoiceNumber) },
  { parameter: 'date', kind: 'date', value: (entry) => ('opening' in entry ? entry.opening.date : entry.mutation.date) },
];

const MUTATION_DAMAGE = [withTimePart('date'), withDoubleNoise('amount'), withValue('invoiceNumber', '')];

export function mutationRoutes(deps: EBoekhoudenDeps): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const administration = administrationOf(req);
    const query = queryOf(req);
    const page = parsePaging(query);
    const matches = filterFromQuery(query, MUTATION_FILTERS);
    const opening: ListedMutation[] = deps.options.openingBalanceRows ? administration.openingBalanceRows().map((row) => ({ opening: row })) : [];
    const listed = opening.concat(administration.mutations().map((mutation) => ({ mutation }))).filter(matches);
    const policy = malformedPolicy(deps, 'mutation', administration.key);
    res.json(
      pageOf(listed, page, deps.options.countMeaning, (entry) =>
        'opening' in entry
          ? openingBalanceListItem(entry.opening)
          : maybeCorrupt(mutationListItem(entry.mutation), entry.mutation.id, policy, MUTATION_DAMAGE),
      ),
    );
  });

  router.get('/:id', (req, res) => {
    const id = pathId(req);
    const mutation = id === null ? undefined : administrationOf(req).mutation(id);
    if (!mutation) throw new EBoekhoudenApiError('MUTATION_NOT_FOUND', { status: deps.options.notFoundStatus });
    res.json(mutationDetail(mutation, deps.options.omitEmptyFields));
  });

  router.post('/', (req, res) => {
    const administration = administrationOf(req);
    const mutation = bookMutation(administration, parseMutationInput(req.body), {
      closedUntil: deps.options.closedUntil,
      paymentReferenceCheck: deps.options.paymentReferenceCheck,
      defaultTermOfPayment: DEFAULT_TERM_OF_PAYMENT,
    });
    recordWriteBack(deps, req, administration, mutation.type === MUTATION_TYPE.invoicePaymentReceived ? 'payment-mutation' : 'mutation');
    res.status(200).json({ id: mutation.id });
  });

  return router;
}
