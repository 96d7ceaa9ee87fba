// "Test the key immediately" (issue: connect): mint a token from the koppelsleutel and read
// companyInfo. A refused key is ConnectorError('auth'); a working one names its administratie, and
// hands back the token source so the hub's first calls reuse the fresh token.
import { createSnelStartTokenSource, type SnelStartTokenSource } from '../auth/token-source.js';
import { createSnelStartHttpClient } from '../http/snelstart-http-client.js';
import type { SnelStartHttpSettings } from '../http/settings.js';
import { getSnelStartCompanyInfo, type SnelStartCompanyInfo } from './company-info.js';

export interface SnelStartConnectionCheck {
  companyInfo: SnelStartCompanyInfo;
  tokens: SnelStartTokenSource;
}

export interface CheckConnectionKeyOptions {
  /**
   * Limiter label while the administratie is not yet known; default `connection-check`. Never the
   * key itself: labels show up in metrics and errors.
   */
  administration?: string;
  signal?: AbortSignal;
}

export async function checkSnelStartConnectionKey(
  settings: SnelStartHttpSettings,
  koppelsleutel: string,
  options: CheckConnectionKeyOptions = {},
): Promise<SnelStartConnectionCheck> {
  const administration = options.administration ?? 'connection-check';
  const tokens = createSnelStartTokenSource(settings, { administration, koppelsleutel });
  const http = createSnelStartHttpClient(settings, tokens, { administration });
  const companyInfo = await getSnelStartCompanyInfo(http, options.signal);
  return { companyInfo, tokens };
}
