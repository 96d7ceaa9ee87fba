// Parsers for each control-API body: validated, typed values or a 400 naming the bad field.
import {
  SandboxControlError,
  type DebtorPatch,
  type GeneratedInvoice,
  type InvoicePatch,
  type SandboxDate,
  type SandboxPlatform,
} from '../contracts.js';
import { isSandboxPlatform, SANDBOX_PLATFORMS } from '../context.js';
import { MAX_INVOICES, type AdministrationSpec } from '../generator/index.js';
import type { ResetOptions } from '../runtime.js';
import {
  badRequest,
  optionalBoolean,
  optionalChoice,
  optionalDate,
  optionalInteger,
  optionalNumber,
  optionalString,
  readObject,
  requiredDate,
  requiredInteger,
  requiredString,
  requireSomeField,
} from './validate.js';

/** €1 billion: far above any invoice, far below where integer cents lose precision. */
const MAX_CENTS = 100_000_000_000;
const MAX_ADMINISTRATIONS = 50;
const MAX_ADVANCE_MS = 10 * 366 * 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseReset(body: unknown): ResetOptions {
  const object = readObject(body, ['seed', 'today', 'platforms'], 'body', true);
  const options: ResetOptions = {};
  const seed = optionalInteger(object, 'seed', 0, 0xffff_ffff);
  if (seed !== undefined) options.seed = seed;
  const today = optionalDate(object, 'today');
  if (today !== undefined) options.today = today;
  if (object.platforms !== undefined) {
    const platforms = readObject(object.platforms, SANDBOX_PLATFORMS, 'platforms');
    options.layout = {};
    for (const [platform, value] of Object.entries(platforms)) {
      if (isSandboxPlatform(platform)) options.layout[platform] = { administrations: parseAdministrations(platform, value) };
    }
  }
  return options;
}

function parseAdministrations(platform: SandboxPlatform, value: unknown): AdministrationSpec[] {
  const where = `platforms.${platform}`;
  const layout = readObject(value, ['administrations'], where);
  const list = layout.administrations;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ADMINISTRATIONS) {
    throw badRequest(`${where}.administrations`, `must be a list of 1 to ${MAX_ADMINISTRATIONS} administrations`);
  }
  return list.map((item: unknown, index) => {
    const name = `${where}.administrations[${index}]`;
    const spec = readObject(item, ['invoices', 'debtors', 'name'], name);
    const parsed: AdministrationSpec = { invoices: requiredInteger(spec, 'invoices', 0, MAX_INVOICES, `${name}.invoices`) };
    const debtors = optionalInteger(spec, 'debtors', 1, MAX_INVOICES, `${name}.debtors`);
    if (debtors !== undefined) parsed.debtors = debtors;
    const title = optionalString(spec, 'name', 200, `${name}.name`);
    if (title !== undefined) parsed.name = title;
    return parsed;
  });
}

/** Exactly one of ms, seconds, days; returns milliseconds. */
export function parseClockAdvance(body: unknown): number {
  const object = readObject(body, ['ms', 'seconds', 'days']);
  const given = (['ms', 'seconds', 'days'] as const).filter((unit) => object[unit] !== undefined);
  if (given.length !== 1) throw new SandboxControlError(400, 'Give exactly one of: ms, seconds, days.');
  const unit = given[0] as 'ms' | 'seconds' | 'days';
  const factor = { ms: 1, seconds: 1_000, days: 86_400_000 }[unit];
  const amount = optionalNumber(object, unit, 0, MAX_ADVANCE_MS / factor) ?? 0;
  return Math.round(amount * factor);
}

export function parseClockSet(body: unknown): Date {
  const object = readObject(body, ['instant']);
  const instant = requiredString(object, 'instant', 40);
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(instant) ? `${instant}T09:00:00Z` : instant);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(instant)) {
    throw badRequest('instant', 'must be an ISO 8601 instant (2026-03-01T10:00:00Z) or a date (2026-03-01)');
  }
  return date;
}

export interface PaymentRequest {
  invoiceNumber: string;
  amountCents: number;
  date?: SandboxDate;
}

export function parsePayment(body: unknown): PaymentRequest {
  const object = readObject(body, ['invoiceNumber', 'amountCents', 'date']);
  const request: PaymentRequest = {
    invoiceNumber: requiredString(object, 'invoiceNumber', 100),
    amountCents: requiredInteger(object, 'amountCents', -MAX_CENTS, MAX_CENTS),
  };
  if (request.amountCents === 0) throw badRequest('amountCents', 'must not be 0');
  const date = optionalDate(object, 'date');
  if (date !== undefined) request.date = date;
  return request;
}

const INVOICE_FIELDS = [
  'key', 'number', 'debtorKey', 'issueDate', 'dueDate', 'description', 'currency',
  'totalCents', 'vatCents', 'openCents', 'isCreditNote', 'creditsInvoiceKey',
] as const;

export type NewInvoice = Omit<GeneratedInvoice, 'key'> & { key?: string };

/** A new invoice; omitted amounts default to 21% VAT included and fully open. */
export function parseNewInvoice(body: unknown): NewInvoice {
  const object = readObject(body, INVOICE_FIELDS);
  const totalCents = requiredInteger(object, 'totalCents', -MAX_CENTS, MAX_CENTS);
  if (totalCents === 0) throw badRequest('totalCents', 'must not be 0');
  const issueDate = requiredDate(object, 'issueDate');
  const dueDate = requiredDate(object, 'dueDate');
  if (dueDate < issueDate) throw badRequest('dueDate', 'must not be before issueDate');
  optionalChoice(object, 'currency', ['EUR'] as const);
  const vatCents = optionalInteger(object, 'vatCents', -MAX_CENTS, MAX_CENTS) ?? Math.round((totalCents * 21) / 121);
  const openCents = optionalInteger(object, 'openCents', -MAX_CENTS, MAX_CENTS) ?? totalCents;
  if (Math.abs(vatCents) > Math.abs(totalCents) || Math.sign(vatCents) * Math.sign(totalCents) < 0) {
    throw badRequest('vatCents', 'must have the sign of totalCents and not exceed it');
  }
  if (Math.abs(openCents) > Math.abs(totalCents) || Math.sign(openCents) * Math.sign(totalCents) < 0) {
    throw badRequest('openCents', 'must lie between 0 and totalCents');
  }
  const creditsInvoiceKey = object.creditsInvoiceKey === null ? null : (optionalString(object, 'creditsInvoiceKey', 40) ?? null);
  const invoice: NewInvoice = {
    number: requiredString(object, 'number', 40),
    debtorKey: requiredString(object, 'debtorKey', 40),
    issueDate,
    dueDate,
    description: optionalString(object, 'description', 500) ?? '',
    currency: 'EUR',
    totalCents,
    vatCents,
    openCents,
    isCreditNote: optionalBoolean(object, 'isCreditNote') ?? totalCents < 0,
    creditsInvoiceKey,
  };
  const key = optionalString(object, 'key', 40);
  if (key !== undefined) invoice.key = key;
  return invoice;
}

export function parseInvoicePatch(body: unknown): InvoicePatch {
  const object = readObject(body, ['dueDate', 'description', 'totalCents']);
  requireSomeField(object, ['dueDate', 'description', 'totalCents']);
  const patch: InvoicePatch = {};
  const dueDate = optionalDate(object, 'dueDate');
  if (dueDate !== undefined) patch.dueDate = dueDate;
  if (object.description !== undefined) {
    if (typeof object.description !== 'string' || object.description.length > 500) {
      throw badRequest('description', 'must be a string of at most 500 characters');
    }
    patch.description = object.description;
  }
  const totalCents = optionalInteger(object, 'totalCents', -MAX_CENTS, MAX_CENTS);
  if (totalCents === 0) throw badRequest('totalCents', 'must not be 0');
  if (totalCents !== undefined) patch.totalCents = totalCents;
  return patch;
}

export function parseDebtorPatch(body: unknown): DebtorPatch {
  const object = readObject(body, ['name', 'email', 'language']);
  requireSomeField(object, ['name', 'email', 'language']);
  const patch: DebtorPatch = {};
  const name = optionalString(object, 'name', 200);
  if (name !== undefined) patch.name = name;
  const email = optionalString(object, 'email', 254);
  if (email !== undefined && !EMAIL.test(email)) throw badRequest('email', 'must be an e-mail address');
  if (email !== undefined) patch.email = email;
  const language = optionalChoice(object, 'language', ['nl', 'en'] as const);
  if (language !== undefined) patch.language = language;
  return patch;
}
