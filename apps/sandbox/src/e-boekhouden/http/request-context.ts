// Per-request facts the routes share: the administration the session token belongs to (set by
// the authentication middleware) and the query string parsed from the raw URL. The URL is read
// directly because the filter syntax `date[range]=a,b` must not depend on the app's query parser.
import type { Request } from 'express';
import type { AdministrationStore } from '../store/administration-store.js';

const administrations = new WeakMap<Request, AdministrationStore>();

export function attachAdministration(req: Request, administration: AdministrationStore): void {
  administrations.set(req, administration);
}

/** The authenticated administration; routes behind `authenticate` always have one. */
export function administrationOf(req: Request): AdministrationStore {
  const administration = administrations.get(req);
  if (!administration) throw new Error('Route reached without an authenticated e-Boekhouden session');
  return administration;
}

export function queryOf(req: Request): URLSearchParams {
  const at = req.originalUrl.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : req.originalUrl.slice(at + 1));
}

/** A numeric path id; anything else names no record. */
export function pathId(req: Request): number | null {
  const raw = req.params['id'];
  return typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}
