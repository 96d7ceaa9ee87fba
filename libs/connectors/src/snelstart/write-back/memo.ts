// dunning-note without a configured extra veld (§6 option 2): a line appended to the relatie's
// `memo`. There is no PATCH (§6), so it is GET, append, PUT of the whole RelatieWriteModel. What
// the accountant wrote stays as it was; our line ends in the action's marker, and a memo that
// already has the marker is left alone (a retried job never appends twice). ⚠️ §6: last write
// wins against an edit made in SnelStart between our GET and PUT; the window is one call.
import type { DunningNoteAction, WriteBackResult } from '../../port/write-back.js';
import { guidOf, type SnelStartApi } from '../http/snelstart-api.js';
import { memoMarker, writeBackRefused } from './marker.js';

const ENDPOINT = 'relaties/{id}';

/** RelatieWriteModel's properties (SPEC): the read model has `fax` besides, which a PUT refuses. */
const WRITE_FIELDS = [
  'relatiesoort', 'modifiedOn', 'relatiecode', 'naam', 'vestigingsAdres', 'correspondentieAdres', 'telefoon', 'mobieleTelefoon', 'email',
  'btwNummer', 'factuurkorting', 'krediettermijn', 'bankieren', 'nonactief', 'kredietLimiet', 'memo', 'kvkNummer', 'oin', 'websiteUrl',
  'aanmaningsoort', 'offerteEmailVersturen', 'bevestigingsEmailVersturen', 'factuurEmailVersturen', 'aanmaningEmailVersturen',
  'offerteAanvraagEmailVersturen', 'bestellingEmailVersturen', 'ublBestandAlsBijlage', 'iban', 'bic', 'incassoSoort', 'factuurRelatie',
  'inkoopBoekingenUri', 'verkoopBoekingenUri', 'documents', 'id', 'uri', 'extraVeldenKlant',
] as const;

export async function appendDunningMemo(api: SnelStartApi, action: DunningNoteAction): Promise<WriteBackResult> {
  const id = guidOf(action.debtorExternalId, 'debtor id');
  const relatie = await api.find(`relaties/${id}`, ENDPOINT);
  if (relatie === null) throw writeBackRefused('the relatie no longer exists', ENDPOINT);
  const memo = typeof relatie['memo'] === 'string' ? relatie['memo'] : '';
  const marker = memoMarker(action.idempotencyKey);
  if (memo.includes(marker)) return { outcome: 'already-done', platformReference: id, apiCalls: api.apiCalls };

  const line = `${action.occurredOn} ${action.subject.replace(/\s+/g, ' ').trim()} ${marker}`;
  const body: Record<string, unknown> = {};
  for (const field of WRITE_FIELDS) if (field in relatie) body[field] = relatie[field];
  // The accountant's text is kept byte for byte; our line goes on a line of its own.
  body['memo'] = memo === '' ? line : memo.endsWith('\n') ? `${memo}${line}` : `${memo}\n${line}`;
  await api.send('PUT', `relaties/${id}`, ENDPOINT, body);
  return { outcome: 'written', platformReference: id, apiCalls: api.apiCalls };
}
