import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { exactWebhookChange, type ExactWebhookChange, verifyExactWebhook } from '@hub/connectors';
import type { Resource } from '@hub/mapping';
import { HUB_CONFIG } from '../core/tokens.js';
import { CanonicalStore } from '../store/index.js';
import { SyncRunRequester, WEBHOOK_SYNC_DELAY_MS } from '../sync/sync-run-requester.js';
import { ExactDivisionDirectory } from './exact-division-directory.js';
import { exactSignedContent } from './exact-signed-content.js';
import { WebhookDeliveryLog } from './webhook-delivery-log.js';

export type ExactWebhookOutcome =
  | { status: 'unconfigured' }
  | { status: 'rejected'; reason: string }
  | { status: 'duplicate' }
  | { status: 'ignored'; reason: string }
  | { status: 'queued'; administrations: number };

/**
 * An Exact notification is a hint (§5.5): it names a division and a record, and the hub answers
 * by pulling. Verified, deduplicated, then one coalesced incremental sync per administration of
 * the division; a deletion it names is marked at once, since an incremental pull cannot see a
 * deleted sales entry (exact-online README, "Deleted invoices").
 */
@Injectable()
export class ExactWebhookService {
  private readonly logger = new Logger(ExactWebhookService.name);

  constructor(
    @Inject(HUB_CONFIG) private readonly config: LoadedConfig,
    @Inject(WebhookDeliveryLog) private readonly deliveries: WebhookDeliveryLog,
    @Inject(ExactDivisionDirectory) private readonly divisions: ExactDivisionDirectory,
    @Inject(SyncRunRequester) private readonly runs: SyncRunRequester,
    @Inject(CanonicalStore) private readonly store: CanonicalStore,
  ) {}

  async receive(rawBody: Buffer | undefined): Promise<ExactWebhookOutcome> {
    const secret = this.config.EXACT_ONLINE_WEBHOOK_SECRET;
    if (secret === undefined) return { status: 'unconfigured' };
    if (rawBody === undefined) return { status: 'rejected', reason: 'no raw body (a JSON Content-Type is needed)' };
    const verification = verifyExactWebhook(rawBody, secret);
    if (!verification.valid) return { status: 'rejected', reason: verification.reason };

    const delivery = await this.deliveries.record('exact-online', exactSignedContent(rawBody));
    if (!delivery.first) return { status: 'duplicate' };
    try {
      return await this.act(verification.content.division, exactWebhookChange(verification.content));
    } catch (error) {
      // Not done: let Exact's retry of this delivery through.
      await delivery.forget();
      throw error;
    }
  }

  private async act(division: number, change: ExactWebhookChange): Promise<ExactWebhookOutcome> {
    if (change.kind === 'ignore') return { status: 'ignored', reason: `topic ${change.topic} is not mirrored` };
    const administrations = await this.divisions.administrationsOf(division);
    if (administrations.length === 0) {
      this.logger.debug({ division }, 'Exact notification for a division no active connection covers');
      return { status: 'ignored', reason: 'unknown division' };
    }
    const removal = removalOf(change);
    for (const scope of administrations) {
      if (removal !== null) await this.store.markRemoved(scope, removal.resource, [removal.externalId]);
      await this.runs.request({ ...scope, mode: 'incremental', trigger: 'webhook', delayMs: WEBHOOK_SYNC_DELAY_MS });
    }
    return { status: 'queued', administrations: administrations.length };
  }
}

function removalOf(change: ExactWebhookChange): { resource: Resource; externalId: string } | null {
  if (change.kind === 'record' && change.deleted) return { resource: change.resource, externalId: change.externalId };
  if (change.kind === 'pull' && change.removedExternalId !== null) return { resource: change.resource, externalId: change.removedExternalId };
  return null;
}
