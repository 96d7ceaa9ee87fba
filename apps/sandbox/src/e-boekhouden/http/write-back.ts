// Logs what the hub wrote to the platform (context.recordWriteBack), with the path as the
// platform saw it (`/v1/...`, without the sandbox's mount prefix).
import type { Request } from 'express';
import { PATH_PREFIX, PLATFORM, type EBoekhoudenDeps } from '../deps.js';
import type { AdministrationStore } from '../store/administration-store.js';

export type EBoekhoudenWriteBackKind = 'relation-patch' | 'payment-mutation' | 'mutation';

export function recordWriteBack(
  deps: EBoekhoudenDeps,
  req: Request,
  administration: AdministrationStore,
  kind: EBoekhoudenWriteBackKind,
): void {
  const path = req.originalUrl.split('?')[0] ?? req.originalUrl;
  deps.context.recordWriteBack({
    platform: PLATFORM,
    administrationKey: administration.key,
    kind,
    method: req.method,
    path: path.startsWith(PATH_PREFIX) ? path.slice(PATH_PREFIX.length) : path,
    body: req.body as unknown,
  });
}
