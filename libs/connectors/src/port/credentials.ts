// What a connector needs from the hub to authenticate, without knowing where credentials live.
// The hub implements these over its encrypted `connections` rows, serialising refreshes across
// processes (row lock, re-read, persist before unlock); connectors only ask and report.

/** A bearer/session token and when it stops working (epoch ms). */
export interface AccessGrant {
  accessToken: string;
  expiresAt: number;
}

export interface AccessTokenSource {
  /** A token valid for at least a few more seconds; refreshes (once, under the hub's lock) when needed. */
  current(): Promise<AccessGrant>;
  /**
   * The platform refused `rejected` (401): the source renews once (refresh, new session, new
   * client-key token) and returns the new grant, or throws ConnectorError('auth') when the
   * credentials themselves are refused, which marks the connection `needs_reconnect`.
   */
  renewAfterRejection(rejected: AccessGrant): Promise<AccessGrant>;
}
