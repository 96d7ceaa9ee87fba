// The administratie's lookup lists a pull needs, read once per pull (§8.6): `/landen` for the
// debtors' countries (§4.3: `land` is a reference), and for payments (§4.4) the debtors ledgers
// and the journals' kinds. `/landen` and `/dagboeken` take no OData options and ignore `$filter`
// (§3.1), so nothing is filtered server-side here; every predicate is checked on our side.
import type { snelstart } from '@hub/mapping';
import { ConnectorError } from '../../port/errors.js';
import { SNELSTART_PAGE_SIZE, type SnelStartApi, textField } from '../http/snelstart-api.js';

const DAGBOEK_SOORTEN: readonly snelstart.DagboekSoort[] = ['Kas', 'Bank', 'Verkoop', 'Inkoop', 'Memoriaal'];

/**
 * §4.4 ❓: no grootboekfunctie says "debiteuren"; the debtors collective account is the sales
 * journal's account, whose function is `DagboekVerkoop` (FAKE's seed: 1300 Debiteuren).
 */
export const DEBTORS_LEDGER_FUNCTION = 'DagboekVerkoop';

/** `/landen`: land id → ISO-2 `landcode` (not `landcodeISO`, §4.3). */
export async function readCountryCodes(api: SnelStartApi, signal?: AbortSignal): Promise<Record<string, string>> {
  const codes: Record<string, string> = {};
  for (const row of await api.list('landen', {}, signal)) {
    const id = textField(row, 'id');
    const code = textField(row, 'landcode');
    if (id !== null && code !== null) codes[id.toLowerCase()] = code;
  }
  return codes;
}

/** `/dagboeken`: journal id → soort (only the kinds the payment mapper knows). */
export async function readJournalKinds(api: SnelStartApi, signal?: AbortSignal): Promise<Record<string, snelstart.DagboekSoort>> {
  const kinds: Record<string, snelstart.DagboekSoort> = {};
  for (const row of await api.list('dagboeken', {}, signal)) {
    const id = textField(row, 'id');
    const soort = DAGBOEK_SOORTEN.find((kind) => kind === textField(row, 'soort'));
    if (id !== null && soort !== undefined) kinds[id.toLowerCase()] = soort;
  }
  return kinds;
}

/** `/grootboeken` (OData, paged): the ids of the ledgers whose function is DEBTORS_LEDGER_FUNCTION. */
export async function readDebtorsLedgerIds(api: SnelStartApi, signal?: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  for (let skip = 0; ; skip += SNELSTART_PAGE_SIZE) {
    const rows = await api.list('grootboeken', { $top: SNELSTART_PAGE_SIZE, $skip: skip }, signal);
    for (const row of rows) {
      const id = textField(row, 'id');
      if (id !== null && textField(row, 'grootboekfunctie') === DEBTORS_LEDGER_FUNCTION) ids.push(id.toLowerCase());
    }
    if (rows.length < SNELSTART_PAGE_SIZE) break;
  }
  if (ids.length === 0) {
    throw new ConnectorError({
      platform: 'snelstart',
      errorClass: 'invalid_request',
      message: `snelstart: no grootboek with function ${DEBTORS_LEDGER_FUNCTION} (debiteuren); configure payments.debtorsLedgerIds for this administration`,
      endpoint: 'grootboeken',
    });
  }
  return ids;
}
