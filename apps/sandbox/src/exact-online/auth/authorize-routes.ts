// GET/POST /api/oauth2/auth (§1.2): the consent page, or for scripts `sandbox_auto=approve|deny`
// (and `sandbox_user=<user name>`) to skip it. An unknown client_id or a redirect_uri the app did
// not register gets an error page and no redirect, as an authorization server must.
import type { Request, Response, Router } from 'express';
import type { ExactOnlineAppRegistration } from '../options.js';
import type { ExactOnlineRuntime } from '../runtime.js';
import type { KnownUser } from '../state.js';
import { renderConsentPage, renderErrorPage } from './consent-page.js';
import { isAllowedRedirectUri } from './redirect-uris.js';

interface AuthorizeRequest {
  app: ExactOnlineAppRegistration;
  redirectUri: string;
  responseType: string;
  state: string;
}

export function registerAuthorizeRoutes(router: Router, runtime: ExactOnlineRuntime): void {
  router.get('/api/oauth2/auth', (req, res) => {
    const params = (name: string): string => firstString(req.query[name]);
    const request = validate(runtime, res, params);
    if (request === null) return;
    if (request.responseType !== 'code') {
      redirect(res, request, { error: 'unsupported_response_type' });
      return;
    }
    const user = pickUser(runtime, params('sandbox_user'));
    if (user === undefined) {
      sendPage(res, 400, renderErrorPage(`Onbekende gebruiker '${params('sandbox_user')}'.`));
      return;
    }
    const auto = params('sandbox_auto');
    if (auto === 'approve') {
      approve(runtime, res, request, user, runtime.state.divisionsOfUser(user.id).map((store) => store.code));
    } else if (auto === 'deny') {
      redirect(res, request, { error: 'access_denied' });
    } else {
      sendPage(res, 200, consentPage(runtime, request, user));
    }
  });

  router.post('/api/oauth2/auth', (req: Request, res: Response) => {
    const body = isRecord(req.body) ? req.body : {};
    const params = (name: string): string => firstString(body[name]);
    const request = validate(runtime, res, params);
    if (request === null) return;
    const user = pickUser(runtime, params('user'));
    if (user === undefined) {
      sendPage(res, 400, renderErrorPage(`Onbekende gebruiker '${params('user')}'.`));
      return;
    }
    if (params('decision') !== 'approve') {
      redirect(res, request, { error: 'access_denied' });
      return;
    }
    const allowed = new Set(runtime.state.divisionsOfUser(user.id).map((store) => store.code));
    const chosen = allStrings(body.divisions).map(Number).filter((code) => allowed.has(code));
    if (chosen.length === 0) {
      sendPage(res, 400, consentPage(runtime, request, user, 'Kies ten minste één administratie.'));
      return;
    }
    approve(runtime, res, request, user, chosen);
  });
}

function validate(runtime: ExactOnlineRuntime, res: Response, params: (name: string) => string): AuthorizeRequest | null {
  const app = runtime.apps.get(params('client_id').toLowerCase());
  if (app === undefined) {
    sendPage(res, 400, renderErrorPage('De opgegeven client_id is onbekend.'));
    return null;
  }
  const redirectUri = params('redirect_uri');
  if (!isAllowedRedirectUri(app, redirectUri)) {
    sendPage(res, 400, renderErrorPage('De redirect_uri komt niet overeen met de geregistreerde redirect-URL van deze app.'));
    return null;
  }
  return { app, redirectUri, responseType: params('response_type'), state: params('state') };
}

function approve(runtime: ExactOnlineRuntime, res: Response, request: AuthorizeRequest, user: KnownUser, divisions: number[]): void {
  const code = runtime.oauth.issueCode(request.app.clientId, request.redirectUri, user.id, new Set(divisions));
  redirect(res, request, { code });
}

function redirect(res: Response, request: AuthorizeRequest, params: Record<string, string>): void {
  const url = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  if (request.state !== '') url.searchParams.set('state', request.state);
  res.redirect(302, url.toString());
}

function consentPage(runtime: ExactOnlineRuntime, request: AuthorizeRequest, user: KnownUser, error?: string): string {
  return renderConsentPage({
    appName: request.app.name,
    clientId: request.app.clientId,
    redirectUri: request.redirectUri,
    responseType: request.responseType,
    state: request.state,
    users: [...runtime.state.users.values()],
    selectedUser: user.userName,
    divisions: runtime.state.divisionsOfUser(user.id).map((store) => ({ code: store.code, name: store.info.name })),
    ...(error === undefined ? {} : { error }),
  });
}

function pickUser(runtime: ExactOnlineRuntime, userName: string): KnownUser | undefined {
  if (userName === '') return runtime.state.users.values().next().value;
  return runtime.state.userByName(userName);
}

function sendPage(res: Response, status: number, html: string): void {
  res.status(status).type('text/html; charset=utf-8').send(html);
}

function firstString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
