// Per-platform control: book payments, add/change/delete invoices and debtors, read open items,
// set faults, read write-backs and stats. Unknown platform or administration → 404 before the
// platform is touched; what the platform itself refuses is mapped by control-error.ts.
import { Router, type Request } from 'express';
import { SandboxControlError, type SandboxPlatform } from '../contracts.js';
import { isSandboxPlatform } from '../context.js';
import { parseFaultPatch } from '../faults/index.js';
import type { SandboxRuntime } from '../runtime.js';
import { parseDebtorPatch, parseInvoicePatch, parseNewInvoice, parsePayment } from './bodies.js';

type Params = Record<string, string | string[] | undefined>;

export function platformRoutes(runtime: SandboxRuntime): Router {
  const router = Router();
  const { context } = runtime;

  const platformOf = (req: Request<Params>): SandboxPlatform => {
    const platform = param(req, 'platform');
    if (!isSandboxPlatform(platform)) throw new SandboxControlError(404, `Unknown platform "${platform}"; known: exact-online, snelstart, e-boekhouden.`);
    return platform;
  };
  const target = (req: Request<Params>) => {
    const platform = platformOf(req);
    const key = param(req, 'key');
    if (!runtime.hasAdministration(platform, key)) {
      const known = runtime.fixtures(platform).map((administration) => administration.key).join(', ');
      throw new SandboxControlError(404, `Unknown administration "${key}" on ${platform}; known: ${known || 'none'}.`);
    }
    return { control: runtime.platforms[platform].control, key };
  };

  const administration = '/:platform/administrations/:key';
  router.post(`${administration}/payments`, (req, res) => {
    const { control, key } = target(req);
    const payment = parsePayment(req.body);
    res.status(201).json(control.registerPayment(key, payment.invoiceNumber, payment.amountCents, payment.date));
  });
  router.post(`${administration}/invoices`, (req, res) => {
    const { control, key } = target(req);
    res.status(201).json(control.addInvoice(key, parseNewInvoice(req.body)));
  });
  router.patch(`${administration}/invoices/:number`, (req, res) => {
    const { control, key } = target(req);
    control.changeInvoice(key, param(req, 'number'), parseInvoicePatch(req.body));
    res.status(204).end();
  });
  router.delete(`${administration}/invoices/:number`, (req, res) => {
    const { control, key } = target(req);
    control.deleteInvoice(key, param(req, 'number'));
    res.status(204).end();
  });
  router.patch(`${administration}/debtors/:code`, (req, res) => {
    const { control, key } = target(req);
    control.changeDebtor(key, param(req, 'code'), parseDebtorPatch(req.body));
    res.status(204).end();
  });
  router.delete(`${administration}/debtors/:code`, (req, res) => {
    const { control, key } = target(req);
    control.deleteDebtor(key, param(req, 'code'));
    res.status(204).end();
  });
  router.get(`${administration}/open-items`, (req, res) => {
    const { control, key } = target(req);
    res.json(control.openItems(key));
  });

  router.get('/:platform/faults', (req, res) => {
    res.json(context.faults(platformOf(req)));
  });
  router.put('/:platform/faults', (req, res) => {
    const platform = platformOf(req);
    res.json(context.setFaults(platform, parseFaultPatch(req.body, context.faults(platform))));
  });
  router.delete('/:platform/faults', (req, res) => {
    res.json(context.resetFaults(platformOf(req)));
  });
  router.get('/:platform/write-backs', (req, res) => {
    const administrationKey = query(req, 'administration');
    const kind = query(req, 'kind');
    const entries = context
      .writeBacks(platformOf(req))
      .filter((entry) => (administrationKey === undefined || entry.administrationKey === administrationKey) && (kind === undefined || entry.kind === kind));
    res.json(entries);
  });
  router.get('/:platform/stats', (req, res) => {
    res.json(context.stats(platformOf(req)));
  });
  return router;
}

/** Route parameters arrive decoded; invoice numbers like "2026-00042" need nothing more. */
function param(req: Request<Params>, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}

function query(req: Request<Params>, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' ? value : undefined;
}
