// GET/PUT/DELETE /options for a platform's control router: read its live switches, patch them
// (validated first, so a bad patch changes nothing) and restore the ones it started with.
// Options are configuration, not state: they survive POST /_sandbox/reset.
import { Router } from 'express';

/** T: the options; P: the patch `configure` takes (a full T restores everything). */
export interface ConfigurableOptions<T extends P, P> {
  /** The live options. */
  current(): Readonly<T>;
  /** Checks a request body; throws a 400 SandboxControlError naming the bad field. */
  parse(body: unknown): P;
  /** Applies a checked patch; takes effect from the next request. */
  configure(patch: P): void;
}

export function optionsRoutes<T extends P, P>(target: ConfigurableOptions<T, P>): Router {
  // A deep copy: some platforms merge patches into their option objects in place.
  const initial = structuredClone(target.current()) as T;
  const router = Router();
  router.get('/options', (_req, res) => {
    res.json(target.current());
  });
  router.put('/options', (req, res) => {
    target.configure(target.parse(req.body));
    res.json(target.current());
  });
  router.delete('/options', (_req, res) => {
    target.configure(structuredClone(initial));
    res.json(target.current());
  });
  return router;
}
