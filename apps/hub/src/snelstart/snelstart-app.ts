import { Inject, Injectable } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { checkSnelStartConnectionKey, type SnelStartCompanyInfo, type SnelStartHttpSettings } from '@hub/connectors';
import { HUB_CONFIG } from '../core/tokens.js';
import { MetricsService } from '../observability/metrics.service.js';
import { platformCallMetrics } from '../connectors/platform-call-metrics.js';

export const SNELSTART_ACTIVATION_WEBHOOK_PATH = 'webhooks/snelstart/activation';

// Someone is waiting on a key check (a pasted key, or SnelStart's webhook call): one quick retry,
// and no waiting out a rate limit or an open breaker; the caller gets a 503 and tries again.
const KEY_CHECK_RETRY = { maxAttempts: 2, baseDelayMs: 300, maxDelayMs: 1_000, maxWaitMs: 2_000 };
const KEY_CHECK_TIMEOUT_MS = 15_000;

/**
 * The hub's SnelStart partner settings from the configuration: the HTTP settings every SnelStart
 * client is built from (one subscription key for all tenants, §1.1) and the activation link
 * (§1.4: `{web}/couplings/activate/{appShortName}`).
 */
@Injectable()
export class SnelStartApp {
  readonly webhookUrl: string;
  private settingsCache: SnelStartHttpSettings | null = null;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: LoadedConfig,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {
    this.webhookUrl = `${config.HUB_PUBLIC_URL}/${SNELSTART_ACTIVATION_WEBHOOK_PATH}`;
  }

  get configured(): boolean {
    return this.config.SNELSTART_SUBSCRIPTION_KEY !== undefined;
  }

  get activationConfigured(): boolean {
    return this.configured && this.config.SNELSTART_APP_SHORT_NAME !== undefined;
  }

  /** Throws SnelStartNotConfiguredError without a subscription key. */
  get settings(): SnelStartHttpSettings {
    const subscriptionKey = this.config.SNELSTART_SUBSCRIPTION_KEY;
    if (subscriptionKey === undefined) throw new SnelStartNotConfiguredError('SNELSTART_SUBSCRIPTION_KEY');
    this.settingsCache ??= {
      apiUrl: this.config.SNELSTART_API_URL,
      authUrl: this.config.SNELSTART_AUTH_URL,
      subscriptionKey,
      rateLimits: { perMinute: this.config.SNELSTART_MINUTELY_LIMIT, perHour: this.config.SNELSTART_HOURLY_LIMIT },
      onCall: platformCallMetrics(this.metrics, 'snelstart'),
    };
    return this.settingsCache;
  }

  /** §1.4 step 2: where the user approves the coupling; `referenceKey` comes back in the webhook. */
  activationUrl(referenceKey: string, successUrl: string | null): string {
    const app = this.config.SNELSTART_APP_SHORT_NAME;
    if (app === undefined || !this.configured) throw new SnelStartNotConfiguredError('SNELSTART_SUBSCRIPTION_KEY and SNELSTART_APP_SHORT_NAME');
    const url = new URL(`${this.config.SNELSTART_WEB_URL.replace(/\/+$/, '')}/couplings/activate/${encodeURIComponent(app)}`);
    url.searchParams.set('referenceKey', referenceKey);
    if (successUrl !== null) url.searchParams.set('successUrl', successUrl);
    return url.toString();
  }

  /**
   * "Test the key immediately": a token from the key, then companyInfo (ConnectorError when
   * refused). Checks are rate-limited per tenant (the limiter label), so one tenant's retries do
   * not hold up another's connect.
   */
  async companyInfoFor(tenantId: string, koppelsleutel: string): Promise<SnelStartCompanyInfo> {
    const settings = { ...this.settings, retry: KEY_CHECK_RETRY, timeoutMs: KEY_CHECK_TIMEOUT_MS };
    return (await checkSnelStartConnectionKey(settings, koppelsleutel, { administration: `connection-check:${tenantId}` })).companyInfo;
  }
}

export class SnelStartNotConfiguredError extends Error {
  override readonly name = 'SnelStartNotConfiguredError';

  constructor(missing: string) {
    super(`SnelStart is not configured on this hub: set ${missing}`);
  }
}
