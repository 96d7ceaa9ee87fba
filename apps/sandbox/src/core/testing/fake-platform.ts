// A tiny in-memory platform for testing the core (server, control API, faults) without the real
// stand-ins: it keeps the seeded data, implements the control operations plainly and exposes a
// few API routes behind the fault middleware.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import {
  SandboxControlError,
  type GeneratedAdministration,
  type GeneratedInvoice,
  type GeneratedPayment,
  type PlatformSandbox,
  type PlatformSandboxFactory,
  type SandboxContext,
  type SandboxPlatform,
} from '../contracts.js';
import { createFaultMiddleware } from '../faults/index.js';
import { rawBody } from '../http/body.js';

export interface FakePlatform extends PlatformSandbox {
  administrations(): GeneratedAdministration[];
}

/** The optional hooks a test may give a fake, to exercise how the core uses them. */
export type FakeExtras = Partial<Pick<PlatformSandbox, 'controlRouter' | 'renderMalformedBody'>>;

export function fakePlatformFactory(platform: SandboxPlatform, extras: FakeExtras = {}): PlatformSandboxFactory {
  return (context) => ({ ...createFakePlatform(context, platform), ...extras });
}

export const FAKE_FACTORIES: readonly PlatformSandboxFactory[] = [
  fakePlatformFactory('exact-online'),
  fakePlatformFactory('snelstart'),
  fakePlatformFactory('e-boekhouden'),
];

function createFakePlatform(context: SandboxContext, platform: SandboxPlatform): FakePlatform {
  let administrations = new Map<string, GeneratedAdministration>();

  const administration = (key: string): GeneratedAdministration => {
    const found = administrations.get(key);
    if (!found) throw new Error(`Unknown administration ${key}`);
    return found;
  };
  const invoice = (key: string, number: string): GeneratedInvoice => {
    const found = administration(key).invoices.find((candidate) => candidate.number === number);
    if (!found) throw new Error(`Invoice ${number} not found`);
    return found;
  };

  const router = (): Router => {
    const api = Router();
    api.use(
      createFaultMiddleware(context, platform, {
        renderRateLimited: (res) => res.status(429).set('X-Fake-Limit', '0').json({ fake: 'slow down' }),
        renderError: (res, status) => res.status(status).json({ fake: 'broken', status }),
      }),
    );
    api.get('/administrations/:key/invoices', (req, res) => {
      const found = administrations.get(req.params.key);
      if (!found) {
        res.status(404).json({ fake: 'no such administration' });
        return;
      }
      res.json(found.invoices);
    });
    api.post('/echo', (req, res) => {
      const raw = rawBody(req);
      res.json({ body: req.body as unknown, rawLength: raw?.length ?? null, rawSha256: raw ? createHash('sha256').update(raw).digest('hex') : null });
    });
    api.post('/administrations/:key/notes', (req, res) => {
      context.recordWriteBack({ platform, administrationKey: req.params.key, kind: 'memo', method: 'POST', path: req.originalUrl, body: req.body as unknown });
      res.status(201).json({ ok: true });
    });
    return api;
  };

  return {
    platform,
    pathPrefix: `/${platform}`,
    router,
    administrations: () => [...administrations.values()],
    seed(list) {
      administrations = new Map(list.map((item) => [item.key, structuredClone(item)]));
    },
    demoCredentials: () => ({ clientId: `${platform}-client`, secret: `${platform}-secret` }),
    control: {
      registerPayment(key, invoiceNumber, amountCents, date) {
        const target = invoice(key, invoiceNumber);
        if (amountCents > target.openCents) throw new SandboxControlError(422, `Payment exceeds the open amount of ${invoiceNumber}`);
        target.openCents -= amountCents;
        const payment: GeneratedPayment = {
          key: `P-${administration(key).payments.length + 1}`,
          invoiceKey: target.key,
          debtorKey: target.debtorKey,
          date: date ?? context.clock.today(),
          amountCents,
          description: `Betaling ${invoiceNumber}`,
        };
        administration(key).payments.push(payment);
        return payment;
      },
      addInvoice(key, draft) {
        const target = administration(key);
        if (target.invoices.some((existing) => existing.number === draft.number)) throw new Error(`Invoice number ${draft.number} already exists`);
        const created: GeneratedInvoice = { ...draft, key: draft.key ?? `I-new-${target.invoices.length + 1}` };
        target.invoices.push(created);
        return created;
      },
      changeInvoice(key, number, patch) {
        Object.assign(invoice(key, number), patch);
      },
      deleteInvoice(key, number) {
        const target = administration(key);
        target.invoices = target.invoices.filter((candidate) => candidate !== invoice(key, number));
      },
      changeDebtor(key, code, patch) {
        const debtor = administration(key).debtors.find((candidate) => candidate.code === code);
        if (!debtor) throw new Error(`Debtor ${code} not found`);
        Object.assign(debtor, patch);
      },
      deleteDebtor(key, code) {
        const target = administration(key);
        if (!target.debtors.some((candidate) => candidate.code === code)) throw new Error(`Debtor ${code} not found`);
        target.debtors = target.debtors.filter((candidate) => candidate.code !== code);
      },
      openItems(key) {
        const open = administration(key).invoices.filter((candidate) => candidate.openCents !== 0);
        return {
          administrationKey: key,
          openInvoiceCount: open.length,
          totalOpenCents: open.reduce((sum, candidate) => sum + candidate.openCents, 0),
        };
      },
    },
  };
}
