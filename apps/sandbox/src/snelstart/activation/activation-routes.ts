// `https://web.snelstart.nl/couplings/activate/{appShortName}?referenceKey=…&successUrl=…` (notes
// §1.4 step 2), played under /snelstart/web. `referenceKey` is required (the app has a webhook)
// and at most 500 characters; `successUrl` is optional. `?sandbox_auto=approve` (with an optional
// `administration=<key>`) approves without the form, for scripts. `/snelstart/activation?…` is an
// alias that redirects to the app's activation URL.
import { Router, type Request, type Response } from 'express';
import type { SnelStartState } from '../state.js';
import type { ActivationControl } from './activation-control.js';
import { activationPage, messagePage } from './page.js';

const MAX_REFERENCE_KEY = 500;

export function activationPath(state: SnelStartState): string {
  return `/web/couplings/activate/${encodeURIComponent(state.options.appShortName)}`;
}

export function activationRouter(state: SnelStartState, activation: ActivationControl): Router {
  const router = Router();

  router.get('/activation', (req, res) => {
    const query = new URLSearchParams(Object.entries(req.query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    res.redirect(302, `${req.baseUrl}${activationPath(state)}?${query.toString()}`);
  });

  router.get('/web/couplings/activate/:app', async (req, res) => {
    const request = activationRequest(req, res, state);
    if (!request) return;
    if (req.query.sandbox_auto === 'approve') {
      const administrationKey = stringParam(req.query.administration) ?? state.store.list()[0]?.key;
      if (administrationKey === undefined || !state.store.byKeyOrNull(administrationKey)) {
        res.status(404).type('html').send(messagePage('Administratie niet gevonden', `Geen administratie '${administrationKey ?? ''}'.`));
        return;
      }
      await approve(res, activation, administrationKey, request, req.accepts(['html', 'json']) === 'json');
      return;
    }
    res.type('html').send(
      activationPage({
        action: `${req.baseUrl}${req.path}`,
        appShortName: state.options.appShortName,
        referenceKey: request.referenceKey,
        successUrl: request.successUrl,
        administrations: state.store.list(),
      }),
    );
  });

  router.post('/web/couplings/activate/:app', async (req, res) => {
    const form = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
    const request = activationRequest(req, res, state, form);
    if (!request) return;
    if (form.decision === 'cancel') {
      res.type('html').send(messagePage('Koppeling geannuleerd', 'Er is geen koppeling ingesteld.'));
      return;
    }
    const administrationKey = stringParam(form.administration);
    if (administrationKey === null || !state.store.byKeyOrNull(administrationKey)) {
      res.status(400).type('html').send(messagePage('Kies een administratie', 'Selecteer de administratie die je wilt koppelen.'));
      return;
    }
    await approve(res, activation, administrationKey, request, false);
  });

  return router;
}

interface ActivationRequest {
  referenceKey: string;
  successUrl: string | null;
}

function activationRequest(req: Request, res: Response, state: SnelStartState, form: Record<string, unknown> = {}): ActivationRequest | null {
  if (req.params.app !== state.options.appShortName) {
    res.status(404).type('html').send(messagePage('Koppeling niet gevonden', `Er is geen app '${String(req.params.app)}'.`));
    return null;
  }
  const referenceKey = stringParam(form.referenceKey) ?? stringParam(req.query.referenceKey);
  if (referenceKey === null || referenceKey === '' || referenceKey.length > MAX_REFERENCE_KEY) {
    res.status(400).type('html').send(messagePage('Ongeldige koppeling', `referenceKey is verplicht en maximaal ${MAX_REFERENCE_KEY} tekens.`));
    return null;
  }
  return { referenceKey, successUrl: stringParam(form.successUrl) ?? stringParam(req.query.successUrl) };
}

async function approve(res: Response, activation: ActivationControl, administrationKey: string, request: ActivationRequest, json: boolean): Promise<void> {
  const outcome = await activation.activate(administrationKey, request.referenceKey);
  if (json) {
    res.json({ administrationKey, actionType: outcome.action, delivery: outcome.delivery });
  } else if (request.successUrl !== null) {
    res.redirect(302, request.successUrl);
  } else {
    res.type('html').send(messagePage('Koppeling ingesteld', 'De koppeling is ingesteld. Je kunt dit venster sluiten.'));
  }
}

function stringParam(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
