// Which redirect URIs an app may use (§1.3). Exact wants a registered public HTTPS URL; the
// sandbox's demo app instead accepts any loopback callback so local runs need no registration.
import type { ExactOnlineAppRegistration } from '../options.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedRedirectUri(app: ExactOnlineAppRegistration, redirectUri: string): boolean {
  if (redirectUri === '') return false;
  if (app.redirectUris !== 'loopback') return app.redirectUris.includes(redirectUri);
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
}
