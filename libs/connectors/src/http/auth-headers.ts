// How a platform wants its access token: the client calls one of these on a fresh header map for
// every authenticated attempt. Extra credentials compose with `bearerAuthWith`, e.g. SnelStart's
// `bearerAuthWith({ 'Ocp-Apim-Subscription-Key': key })`.
// Every header value set here is treated as a secret and scrubbed from failure bodies.

export type ApplyAuth = (headers: Record<string, string>, accessToken: string) => void;

/** Exact Online, SnelStart: `Authorization: Bearer <token>`. */
export const bearerAuth: ApplyAuth = (headers, accessToken) => {
  headers['Authorization'] = `Bearer ${accessToken}`;
};

/** e-Boekhouden REST: `Authorization: <session token>`, no scheme (e-boekhouden.md §1). */
export const rawTokenAuth: ApplyAuth = (headers, accessToken) => {
  headers['Authorization'] = accessToken;
};

/**
 * `bearerAuth` plus fixed credential headers on every call, e.g. SnelStart's
 * `Ocp-Apim-Subscription-Key`. Being set here, they are scrubbed from failure bodies like the token.
 */
export function bearerAuthWith(extraHeaders: Readonly<Record<string, string>>): ApplyAuth {
  return (headers, accessToken) => {
    bearerAuth(headers, accessToken);
    Object.assign(headers, extraHeaders);
  };
}
