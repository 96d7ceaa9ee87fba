// `POST https://auth.snelstart.nl/b2b/token` (notes §1.2): form-encoded
// `grant_type=clientkey&clientkey=<koppelsleutel>` in the body (never the query string) →
// `{"access_token","token_type":"bearer","expires_in":3599}`. No subscription key is needed here.
// Errors are OWIN's `{"error": …}` 400s; a revoked key is simply no longer valid.
import { Router, type Request } from 'express';
import { administrationId } from '../store/seed.js';
import type { SnelStartState } from '../state.js';
import { sendTokenError } from '../wire/errors.js';
import type { Coupling } from './couplings.js';
import { TOKEN_LIFETIME_SECONDS } from './tokens.js';

/** 🟡 FAKE, reported as live behaviour. */
export const INVALID_CLIENTKEY = 'GrantType clientkey was found. Parameter clientkey does not contain a valid value';

export function tokenRouter(state: SnelStartState): Router {
  const router = Router();
  router.post('/b2b/token', (req, res) => {
    state.context.stats('snelstart').calls++;
    const form = formOf(req);
    const grantType = form.get('grant_type');
    let coupling: Coupling | undefined;
    if (grantType === 'clientkey') {
      coupling = usable(state, state.couplings.find(form.get('clientkey') ?? ''));
      if (!coupling) {
        sendTokenError(res, INVALID_CLIENTKEY);
        return;
      }
    } else if (grantType === 'password') {
      // What SnelStart's own .NET client sends: the koppelsleutel decoded into username:password.
      coupling = usable(state, state.couplings.findByCredentials(form.get('username') ?? '', form.get('password') ?? ''));
      if (!coupling) {
        res.status(400).json({ error: 'invalid_grant', error_description: 'The user name or password is incorrect.' });
        return;
      }
    } else {
      sendTokenError(res, 'unsupported_grant_type');
      return;
    }
    const grant = state.tokens.issue(coupling, administrationId(coupling.administrationKey), state.options.grantedScopes);
    res.set({ 'Cache-Control': 'no-cache', Pragma: 'no-cache', Expires: '-1' });
    res.json({ access_token: grant.token, token_type: 'bearer', expires_in: TOKEN_LIFETIME_SECONDS });
  });
  return router;
}

function usable(state: SnelStartState, coupling: Coupling | undefined): Coupling | undefined {
  if (!coupling?.active || state.context.faults('snelstart').revoked) return undefined;
  return state.store.byKeyOrNull(coupling.administrationKey) ? coupling : undefined;
}

/** Only a form-encoded body counts; OWIN reads nothing else. */
function formOf(req: Request): Map<string, string> {
  const form = new Map<string, string>();
  if (!req.is('application/x-www-form-urlencoded') || typeof req.body !== 'object' || req.body === null) return form;
  for (const [name, value] of Object.entries(req.body as Record<string, unknown>)) {
    if (typeof value === 'string') form.set(name, value);
  }
  return form;
}
