// Every API call carries the session token in `Authorization`, raw, without `Bearer` (§1.2); what
// a `Bearer`-prefixed header gets is the `bearerPrefix` switch. A missing, unknown or expired
// token, or credentials revoked through the fault controls, is a 401 SECURITY_010 (§2.4).
import type { Request, RequestHandler } from 'express';
import { PLATFORM, type EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';
import { attachAdministration } from '../http/request-context.js';
import type { AdministrationStore } from '../store/administration-store.js';
import type { Session } from './sessions.js';

export function authenticate(deps: EBoekhoudenDeps): RequestHandler {
  return (req, _res, next) => {
    const { administration } = requireSession(req, deps);
    attachAdministration(req, administration);
    next();
  };
}

export function requireSession(req: Request, deps: EBoekhoudenDeps): { session: Session; administration: AdministrationStore } {
  const token = sessionToken(req.get('authorization'), deps.options.bearerPrefix);
  if (token === null || deps.context.faults(PLATFORM).revoked) throw notAuthenticated();
  const lookup = deps.sessions.lookup(token);
  if (lookup.status !== 'active') throw notAuthenticated();
  const administration = deps.store.find(lookup.session.administrationKey);
  if (!administration) throw notAuthenticated();
  return { session: lookup.session, administration };
}

function sessionToken(header: string | undefined, bearerPrefix: 'accept' | 'reject'): string | null {
  const value = header?.trim();
  if (!value) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(value);
  // Rejected, the whole header value is looked up as a token, finds no session, and is refused.
  return bearer && bearerPrefix === 'accept' ? (bearer[1] as string) : value;
}

function notAuthenticated(): EBoekhoudenApiError {
  return new EBoekhoudenApiError('SECURITY_010');
}
