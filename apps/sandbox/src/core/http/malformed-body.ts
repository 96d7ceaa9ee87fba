// Lets each platform answer an unparsable JSON body under its prefix in its own error shape: the
// core's parsers run before any platform router, so without this a client of the stand-in would
// see the sandbox's generic `invalid_body` instead of what the real platform sends.
import type { ErrorRequestHandler, Express } from 'express';
import type { PlatformSandbox } from '../contracts.js';
import { isBodyParseError } from './body.js';

/**
 * Mounts one error handler per platform that renders its own malformed-body answer, on the app
 * itself: Express skips routers (three-argument handlers) while an error is pending. Mounted at the
 * prefix, as the platform router is, so the same paths match and `req.path` is relative.
 */
export function useMalformedBodyRenderers(app: Express, platforms: readonly PlatformSandbox[]): void {
  for (const platform of platforms) {
    const render = platform.renderMalformedBody?.bind(platform);
    if (render) app.use(platform.pathPrefix, renderer(render));
  }
}

function renderer(render: NonNullable<PlatformSandbox['renderMalformedBody']>): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (!isBodyParseError(err) || res.headersSent) {
      next(err);
      return;
    }
    render(res, req);
  };
}
