// Exact's tokens and their timing rules (exact-online.md §1.5): an access token lives 600 s; a
// refresh earlier than 570 s after the previous token was received is refused ("Access Token not
// expired"); Exact asks for the refresh in the last 30 s; every refresh rotates the refresh token.

export interface ExactTokenSet {
  accessToken: string;
  /** Single use (§1.5 rotation): persist the new one before anyone else may refresh. */
  refreshToken: string;
  /** Epoch ms; measured from when the token request was sent, so it never overstates the life. */
  expiresAt: number;
  /** Epoch ms when the token arrived: the 570 s rule counts from here. */
  obtainedAt: number;
}

export const ACCESS_TOKEN_LIFETIME_MS = 600_000;
/** §1.5: "not before 570 s after the previous token was received". */
export const EARLIEST_REFRESH_AFTER_MS = 570_000;
/** §1.5: "Request a new token 30 seconds before it expires". */
export const REFRESH_MARGIN_MS = 30_000;

export interface RefreshWindow {
  /** Before this, Exact refuses the refresh (401 "Access Token not expired"), and the refusal counts as an error. */
  notBefore: number;
  /** Refresh at or after this moment; the access token is still valid for about 30 s. Never before notBefore. */
  dueAt: number;
}

/** When the hub's token store should refresh (§1.5): in the last 30 s of the life, never before 570 s. */
export function refreshWindow(tokens: Pick<ExactTokenSet, 'expiresAt' | 'obtainedAt'>): RefreshWindow {
  const notBefore = tokens.obtainedAt + EARLIEST_REFRESH_AFTER_MS;
  return { notBefore, dueAt: Math.max(notBefore, tokens.expiresAt - REFRESH_MARGIN_MS) };
}
