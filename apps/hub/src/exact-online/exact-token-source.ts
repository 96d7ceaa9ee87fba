import { Logger } from '@nestjs/common';
import { ConnectorError, isConnectorError, type AccessGrant, type AccessTokenSource, type ExactOAuthClient, type ExactTokenSet } from '@hub/connectors';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConnectionCredentialStore, ConnectionWithCredentials } from '../connections/connection-credential-store.js';
import { connectionErrorOf } from '../connections/connection-error.js';
import { decideRenewal, type RenewalReason } from './renewal-decision.js';
import { parseStoredExactTokens } from './stored-exact-tokens.js';

export interface ExactTokenSourceDependencies {
  dataSource: DataSource;
  store: ConnectionCredentialStore;
  /** The OAuth client for the connection's region host. */
  oauthClient: (baseUrl: string) => ExactOAuthClient;
  now?: () => number;
}

type LockedOutcome = { grant: AccessGrant } | { refused: ConnectorError };

/**
 * The access token of one Exact Online connection, shared by every process. Exact's refresh
 * token is single-use (§1.5): two processes spending it both would kill the connection. So a
 * refresh happens only under the connection's row lock (SELECT … FOR UPDATE), after re-reading
 * the stored tokens (another process may just have refreshed), and the new tokens are written
 * before the transaction commits and releases the lock.
 */
export class ExactTokenSource implements AccessTokenSource {
  private readonly logger = new Logger(ExactTokenSource.name);
  private readonly now: () => number;

  constructor(
    readonly connectionId: string,
    private readonly deps: ExactTokenSourceDependencies,
  ) {
    this.now = deps.now ?? Date.now;
  }

  async current(): Promise<AccessGrant> {
    // Most calls find a fresh token: no lock, no transaction.
    const { tokens } = usable(await this.read(this.deps.dataSource, false), this.connectionId);
    if (decideRenewal(tokens, this.now(), { kind: 'due' }).action === 'use') return grantOf(tokens);
    return this.renewUnderLock({ kind: 'due' });
  }

  renewAfterRejection(rejected: AccessGrant): Promise<AccessGrant> {
    return this.renewUnderLock({ kind: 'rejected', accessToken: rejected.accessToken });
  }

  /** Keep-alive: refreshes when the stored tokens were obtained before `obtainedBefore` (epoch ms). */
  refreshIfObtainedBefore(obtainedBefore: number): Promise<AccessGrant> {
    return this.renewUnderLock({ kind: 'idle', obtainedBefore });
  }

  private async renewUnderLock(reason: RenewalReason): Promise<AccessGrant> {
    const outcome = await this.deps.dataSource.transaction((manager) => this.renewLocked(manager, reason));
    // Thrown after the commit, so the needs_reconnect mark is stored.
    if ('refused' in outcome) throw outcome.refused;
    return outcome.grant;
  }

  private async renewLocked(manager: EntityManager, reason: RenewalReason): Promise<LockedOutcome> {
    const { tokens, baseUrl } = usable(await this.read(manager, true), this.connectionId);
    const decision = decideRenewal(tokens, this.now(), reason);
    if (decision.action === 'use') return { grant: grantOf(tokens) };
    if (decision.action === 'wait') throw tooEarly(decision.retryAt);

    let next: ExactTokenSet;
    try {
      next = await this.deps.oauthClient(baseUrl).refresh(tokens.refreshToken, tokens.obtainedAt);
    } catch (error) {
      if (!isConnectorError(error) || error.errorClass !== 'auth') throw error;
      // Exact refused the grant itself: only new consent helps. Marked under the same lock, so
      // the callers queued behind it see needs_reconnect and make no token call of their own.
      await manager.query(`UPDATE connections SET status = 'needs_reconnect', last_error = $2, updated_at = now() WHERE id = $1`, [
        this.connectionId,
        JSON.stringify(connectionErrorOf('token_refresh', error)),
      ]);
      this.logger.warn({ msg: 'Exact Online refused the refresh token; the connection needs new consent', connectionId: this.connectionId, errorClass: error.errorClass });
      return { refused: error };
    }
    const version = await this.deps.store.write(manager, this.connectionId, next);
    this.logger.log({ msg: 'Exact Online tokens refreshed', connectionId: this.connectionId, reason: reason.kind, credentialsVersion: version });
    return { grant: grantOf(next) };
  }

  private read(executor: DataSource | EntityManager, forUpdate: boolean): Promise<ConnectionWithCredentials<ExactTokenSet> | null> {
    return this.deps.store.read(executor, this.connectionId, parseStoredExactTokens, { forUpdate });
  }
}

/** The stored tokens and their host, or the auth error that tells the connector this connection needs people. */
function usable(row: ConnectionWithCredentials<ExactTokenSet> | null, connectionId: string): { tokens: ExactTokenSet; baseUrl: string } {
  if (row === null) throw authError(`connection ${connectionId} no longer exists`);
  if (row.status !== 'active') throw authError(`connection ${connectionId} is ${row.status}; it needs to be connected again`);
  if (row.credentials === null || row.baseUrl === null) throw authError(`connection ${connectionId} has no stored tokens`);
  return { tokens: row.credentials, baseUrl: row.baseUrl };
}

function grantOf(tokens: ExactTokenSet): AccessGrant {
  return { accessToken: tokens.accessToken, expiresAt: tokens.expiresAt };
}

function authError(message: string): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'auth', message: `exact-online: ${message}` });
}

/** §1.5: refreshing before 570 s is refused by Exact and counts as an error; wait instead. */
function tooEarly(retryAt: number): ConnectorError {
  return new ConnectorError({
    platform: 'exact-online',
    errorClass: 'transient',
    message: 'exact-online: the access token was refused, but Exact allows no refresh until 570 s after it was issued',
    retryAt,
    endpoint: 'api/oauth2/token',
  });
}
