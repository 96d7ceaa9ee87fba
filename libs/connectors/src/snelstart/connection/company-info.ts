// `GET /companyInfo` (scope settings:read, snelstart.md §2.1): which administratie a koppelsleutel
// opens. The hub calls it right after a key is pasted or delivered by the activation webhook,
// before it creates the administration (§1.4, §9), and keys the administration on
// `administratieIdentifier`.
import { ConnectorError } from '../../port/errors.js';
import type { PlatformHttpClient } from '../../http/platform-http-client.js';

export const COMPANY_INFO_ENDPOINT = 'companyInfo';

export interface SnelStartCompanyInfo {
  /** `administratieIdentifier`, lower-cased: the stable id of the administratie. */
  administrationId: string;
  /** `administratieNaam`. */
  administrationName: string | null;
  /** `bedrijfsnaam`. */
  companyName: string | null;
  kvkNumber: string | null;
  vatNumber: string | null;
  iban: string | null;
  email: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

export async function getSnelStartCompanyInfo(http: PlatformHttpClient, signal?: AbortSignal): Promise<SnelStartCompanyInfo> {
  const response = await http.request<unknown>({ method: 'GET', path: COMPANY_INFO_ENDPOINT, endpoint: COMPANY_INFO_ENDPOINT, signal });
  return readCompanyInfo(response.data);
}

/** Lenient (§2.1 versioning: fields may be added), except for the id the hub keys on. */
export function readCompanyInfo(body: unknown): SnelStartCompanyInfo {
  const row = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const id = row['administratieIdentifier'];
  if (typeof id !== 'string' || !GUID.test(id) || id === EMPTY_GUID) {
    throw new ConnectorError({
      platform: 'snelstart',
      errorClass: 'platform_bug',
      message: 'snelstart GET companyInfo answered without an administratieIdentifier',
      endpoint: COMPANY_INFO_ENDPOINT,
    });
  }
  return {
    administrationId: id.toLowerCase(),
    administrationName: trimmedOrNull(row['administratieNaam']),
    companyName: trimmedOrNull(row['bedrijfsnaam']),
    kvkNumber: trimmedOrNull(row['kvKNummer']),
    vatNumber: trimmedOrNull(row['btwNummer']),
    iban: trimmedOrNull(row['iban']),
    email: trimmedOrNull(row['email']),
  };
}

function trimmedOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
