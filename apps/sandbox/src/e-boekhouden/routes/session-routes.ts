// `POST /v1/session` exchanges the API token for a session token, `DELETE /v1/session` revokes it
// with a 204 (§1.2). An API token past its end date is API_SESSION_004; an unknown or revoked one
// is a 401 SECURITY_010 [INF: the notes list no code for a wrong token].
import { Router } from 'express';
import { requireSession } from '../auth/authenticate.js';
import { parseSessionRequest } from '../auth/session-request.js';
import { PLATFORM, type EBoekhoudenDeps } from '../deps.js';
import { EBoekhoudenApiError } from '../errors.js';

export function sessionRoutes(deps: EBoekhoudenDeps): Router {
  const router = Router();

  router.post('/', (req, res) => {
    const request = parseSessionRequest(req.body);
    const administration = deps.store.findByApiToken(request.accessToken);
    if (!administration || deps.context.faults(PLATFORM).revoked) throw new EBoekhoudenApiError('SECURITY_010');
    const endDate = administration.apiTokenEndDate;
    if (endDate !== null && deps.context.clock.today() > endDate) {
      throw new EBoekhoudenApiError('API_SESSION_004', { propertyName: 'accessToken' });
    }
    res.status(200).json(deps.sessions.open(administration.key));
  });

  router.delete('/', (req, res) => {
    const { session } = requireSession(req, deps);
    deps.sessions.end(session.token);
    res.status(204).end();
  });

  return router;
}
