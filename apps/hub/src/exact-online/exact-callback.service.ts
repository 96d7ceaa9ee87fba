import { Inject, Injectable, Logger } from '@nestjs/common';
import { EXACT_WEBHOOK_TOPICS, isConnectorError, type ExactConnectionClient, type ExactCurrentUser, type ExactDivision, type ExactTokenSet } from '@hub/connectors';
import { DataSource } from 'typeorm';
import { connectionErrorOf, type ConnectionError } from '../connections/connection-error.js';
import { connectedPage, errorPage, type HtmlPage } from './callback-pages.js';
import type { ExactCallbackParams } from './callback-params.js';
import { ExactConnectionWriter, type SavedExactConnection } from './exact-connection.writer.js';
import { ExactOnlineApp } from './exact-online-app.js';
import { ExactTokenSources } from './exact-token-sources.js';
import { freshTokenSource } from './fresh-token-source.js';
import { OAuthStateStore, type PendingAuthorization } from './oauth-state.store.js';

export type ExactCallbackOutcome = { kind: 'redirect'; location: string } | { kind: 'page'; page: HtmlPage };

const START_AGAIN = 'This link is not valid (any more): it was used already, it expired, or it was not issued by this hub.';

/**
 * Completes the connect flow when the browser comes back from Exact: consumes the state, trades
 * the code for tokens, reads who granted what, stores the connection with its administrations,
 * and subscribes the webhooks of each division (a failure there is recorded, not fatal).
 */
@Injectable()
export class ExactCallbackService {
  private readonly logger = new Logger(ExactCallbackService.name);

  constructor(
    @Inject(ExactOnlineApp) private readonly app: ExactOnlineApp,
    @Inject(OAuthStateStore) private readonly states: OAuthStateStore,
    @Inject(ExactConnectionWriter) private readonly writer: ExactConnectionWriter,
    @Inject(ExactTokenSources) private readonly sources: ExactTokenSources,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async complete(params: ExactCallbackParams): Promise<ExactCallbackOutcome> {
    if (!this.app.configured) return page(errorPage(503, 'Exact Online is not configured', 'This hub has no Exact Online app registration.'));
    const pending = params.state === null ? null : await this.states.consume('exact-online', params.state);
    if (pending === null) return page(errorPage(400, 'Connection link expired', START_AGAIN));
    if (params.error !== null) return this.declined(pending, params.error);
    if (params.code === null) return page(errorPage(400, 'No authorization code', 'Exact Online sent no authorization code.'));

    let tokens: ExactTokenSet;
    try {
      tokens = await this.app.oauthClient(pending.baseUrl).exchangeCode(params.code);
    } catch (error) {
      return this.platformFailure(pending, 'authorization-code exchange', error);
    }
    let grant: { user: ExactCurrentUser; divisions: ExactDivision[] };
    try {
      grant = await this.readGrant(this.app.connectionClient(pending.baseUrl, freshTokenSource(tokens)));
    } catch (error) {
      return this.platformFailure(pending, 'reading the user and divisions', error);
    }

    const saved = await this.writer.save({ tenantId: pending.tenantId, baseUrl: pending.baseUrl, tokens, ...grant });
    this.logger.log({ msg: 'Exact Online connected', tenantId: pending.tenantId, connectionId: saved.connectionId, administrations: saved.administrations.length });
    const webhookProblem = await this.subscribeWebhooks(pending, saved);

    if (pending.redirectAfter !== null) return { kind: 'redirect', location: withQuery(pending.redirectAfter, { connectionId: saved.connectionId }) };
    const warning = webhookProblem === null ? null : 'Instant updates (webhooks) could not be set up; the administrations are synchronised on schedule.';
    const name = grant.user.fullName ?? grant.user.email ?? 'Exact Online user';
    return page(connectedPage(name, saved.administrations, warning));
  }

  private async readGrant(client: ExactConnectionClient): Promise<{ user: ExactCurrentUser; divisions: ExactDivision[] }> {
    const user = await client.getCurrentUser();
    const divisions = await client.listDivisions(user.currentDivision);
    return { user, divisions };
  }

  /** One division's failure neither stops the others nor loses the connection: it is recorded in last_error. */
  private async subscribeWebhooks(pending: PendingAuthorization, saved: SavedExactConnection): Promise<ConnectionError | null> {
    const client = this.app.connectionClient(pending.baseUrl, this.sources.forConnection(saved.connectionId));
    let first: ConnectionError | null = null;
    for (const administration of saved.administrations) {
      try {
        await client.ensureWebhookSubscriptions(administration.externalId, EXACT_WEBHOOK_TOPICS, this.app.webhookCallbackUrl);
      } catch (error) {
        const problem = connectionErrorOf('webhook_subscriptions', error);
        problem.message = `division ${administration.externalId}: ${problem.message}`;
        first ??= problem;
        this.logger.warn({ msg: 'Exact Online webhook subscription failed', connectionId: saved.connectionId, division: administration.externalId, errorClass: problem.class, error: problem.message });
      }
    }
    if (first !== null) {
      await this.dataSource.query(`UPDATE connections SET last_error = $2, updated_at = now() WHERE id = $1`, [saved.connectionId, JSON.stringify(first)]);
    }
    return first;
  }

  private declined(pending: PendingAuthorization, reported: string): ExactCallbackOutcome {
    // OAuth error codes are short snake_case words; anything else is not echoed anywhere.
    const error = /^[a-z_]{1,64}$/.test(reported) ? reported : 'invalid_error';
    this.logger.log({ msg: 'Exact Online consent not given', tenantId: pending.tenantId, error });
    if (pending.redirectAfter !== null) return { kind: 'redirect', location: withQuery(pending.redirectAfter, { error }) };
    const message = error === 'access_denied' ? 'Access to Exact Online was not granted, so nothing was connected.' : `Exact Online answered "${error}"; nothing was connected.`;
    return page(errorPage(400, 'Not connected', message));
  }

  /** Exact refused or failed: nothing was stored. The error (a ConnectorError) is safe to log; others are rethrown. */
  private platformFailure(pending: PendingAuthorization, step: string, error: unknown): ExactCallbackOutcome {
    if (!isConnectorError(error)) throw error;
    this.logger.warn({ msg: `Exact Online connect failed at ${step}`, tenantId: pending.tenantId, errorClass: error.errorClass, error: error.message });
    const refused = error.errorClass === 'auth' || error.errorClass === 'invalid_request';
    return refused
      ? page(errorPage(400, 'Exact Online refused the authorization', 'The authorization was refused or has expired (Exact allows 3 minutes).'))
      : page(errorPage(502, 'Exact Online could not be reached', `Exact Online failed during ${step}; nothing was connected. Please try again.`));
  }
}

function page(html: HtmlPage): ExactCallbackOutcome {
  return { kind: 'page', page: html };
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
