// The contract between the sandbox core (server, clock, data generator, control API, faults)
// and the three platform stand-ins. Each platform lives in its own folder
// (apps/sandbox/src/exact-online, snelstart, e-boekhouden) and implements PlatformSandbox.
// The sandbox never imports anything from apps/hub or libs/*.
import type { Request, Response, Router } from 'express';

export type SandboxPlatform = 'exact-online' | 'snelstart' | 'e-boekhouden';

/** YYYY-MM-DD */
export type SandboxDate = string;

/** The sandbox's own time: tests advance it instead of sleeping. */
export interface SandboxClock {
  now(): Date;
  nowMs(): number;
  today(): SandboxDate;
  advance(ms: number): void;
  set(instant: Date): void;
}

/** Deterministic pseudo-random numbers (seeded); never Math.random in the sandbox. */
export interface SeededRandom {
  next(): number; // [0, 1)
  int(minInclusive: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

// ---- platform-neutral generated data -------------------------------------------------------

export interface GeneratedAddress {
  street: string;
  houseNumber: string;
  postalCode: string; // "1234 AB"
  city: string;
  countryCode: string; // "NL"
}

export interface GeneratedDebtor {
  /** Stable neutral key, e.g. "D00042"; platforms derive their own ids from it. */
  key: string;
  /** Debtor number as the package shows it, e.g. "10042". */
  code: string;
  name: string;
  kind: 'business' | 'consumer';
  contactName: string;
  email: string;
  phone: string;
  address: GeneratedAddress;
  kvk: string | null; // 8 digits, businesses only
  vatNumber: string | null; // NL + 9 digits + B + 2 digits, businesses only
  iban: string; // valid mod-97
  language: 'nl' | 'en';
  paymentTermDays: number;
  active: boolean;
}

export interface GeneratedInvoice {
  key: string; // e.g. "I000123"
  number: string; // invoice number as shown, e.g. "2026-00123"
  debtorKey: string;
  issueDate: SandboxDate;
  dueDate: SandboxDate;
  description: string;
  currency: 'EUR';
  /** Including VAT; negative for credit notes. */
  totalCents: number;
  vatCents: number;
  /** What is still open after the generated payments; 0 when paid or credited. */
  openCents: number;
  isCreditNote: boolean;
  /** For a credit note: the invoice it credits. */
  creditsInvoiceKey: string | null;
}

export interface GeneratedPayment {
  key: string; // e.g. "P000456"
  invoiceKey: string;
  debtorKey: string;
  date: SandboxDate;
  amountCents: number;
  description: string;
}

export interface GeneratedAdministration {
  /** Stable neutral key, e.g. "adm-1"; platforms map it to a division code / id. */
  key: string;
  name: string;
  debtors: GeneratedDebtor[];
  invoices: GeneratedInvoice[];
  payments: GeneratedPayment[];
}

export interface GenerateOptions {
  seed: number;
  /** Number of invoices (credit notes included). From 5 (tests) to 200,000 (benchmarks). */
  invoices: number;
  /** Defaults to about invoices / 5, at least 1. */
  debtors?: number;
  /** Invoices spread over the 18 months before this day. */
  today: SandboxDate;
  name?: string;
  key?: string;
}

// ---- faults and records of what the platform received -------------------------------------

export interface FaultSettings {
  /** Share of API calls answered with `errorStatus` (0..1). */
  errorRate: number;
  errorStatus: number;
  /** Added latency per call, uniformly between min and max ms. */
  latencyMinMs: number;
  latencyMaxMs: number;
  /** The next N API calls get a 429 (rate-limit burst). */
  burst429: number;
  /** Share of records in list responses that are deliberately malformed (0..1). */
  malformedRate: number;
  /** Credentials refused (401 with the platform's own body) until reset. */
  revoked: boolean;
  /** Webhook deliveries fail (the platform would retry or drop them). */
  webhookOutage: boolean;
}

export interface WriteBackEntry {
  platform: SandboxPlatform;
  administrationKey: string;
  /** e.g. "communication-note", "document", "bank-entry", "memo", "custom-field", "payment-mutation" */
  kind: string;
  method: string;
  path: string;
  body: unknown;
  at: string; // ISO instant (sandbox clock)
}

export interface ApiCallStats {
  calls: number;
  rateLimited429: number;
  refreshTokenReuse: number;
  errors: number;
}

export interface SandboxContext {
  readonly clock: SandboxClock;
  readonly random: SeededRandom;
  faults(platform: SandboxPlatform): FaultSettings;
  recordWriteBack(entry: Omit<WriteBackEntry, 'at'>): void;
  /** Count every API call a platform served (used by benchmarks and e2e assertions). */
  stats(platform: SandboxPlatform): ApiCallStats;
  /** Base URL the sandbox is reachable at, e.g. http://127.0.0.1:4010 */
  baseUrl(): string;
}

// ---- what each platform module provides -----------------------------------------------------

export interface InvoicePatch {
  dueDate?: SandboxDate;
  description?: string;
  totalCents?: number;
}

export interface DebtorPatch {
  name?: string;
  email?: string;
  language?: 'nl' | 'en';
}

export interface OpenItemsSummary {
  administrationKey: string;
  openInvoiceCount: number;
  totalOpenCents: number;
}

/** Control operations the core's /_sandbox API forwards to a platform. */
export interface PlatformControl {
  /** Books a payment like a bookkeeper would in the package (touching what the real package touches). */
  registerPayment(administrationKey: string, invoiceNumber: string, amountCents: number, date?: SandboxDate): GeneratedPayment;
  addInvoice(administrationKey: string, invoice: Omit<GeneratedInvoice, 'key'> & { key?: string }): GeneratedInvoice;
  changeInvoice(administrationKey: string, invoiceNumber: string, patch: InvoicePatch): void;
  deleteInvoice(administrationKey: string, invoiceNumber: string): void;
  changeDebtor(administrationKey: string, debtorCode: string, patch: DebtorPatch): void;
  deleteDebtor(administrationKey: string, debtorCode: string): void;
  /** The platform's own view of open receivables, for to-the-cent comparisons in tests. */
  openItems(administrationKey: string): OpenItemsSummary;
}

export interface PlatformSandbox {
  readonly platform: SandboxPlatform;
  /** Mounted at this prefix on the one sandbox port, e.g. "/exact-online". */
  readonly pathPrefix: string;
  readonly control: PlatformControl;
  router(): Router;
  /** Replace all state with these administrations (called on reset/seed). */
  seed(administrations: GeneratedAdministration[]): void;
  /** Credentials a script or the demo can use against this platform. */
  demoCredentials(): Record<string, string>;
  /**
   * This platform's own control routes (its switches, key rotation, webhook logs), mounted at
   * `/_sandbox/<platform>` before the generic per-platform routes; errors thrown there get the
   * control API's JSON answers. Called once.
   */
  controlRouter?(): Router;
  /**
   * Answers a request under `pathPrefix` whose JSON body could not be parsed, in the platform's
   * own error shape (the core parses bodies before the platform router sees them). `req.path` is
   * relative to the prefix. Without it the core answers a generic `invalid_body` 400.
   */
  renderMalformedBody?(res: Response, req: Request): void;
}

export type PlatformSandboxFactory = (context: SandboxContext) => PlatformSandbox;

// ---- errors from control operations ---------------------------------------------------------

/**
 * Throw from a PlatformControl method to choose the control API's answer, e.g.
 * `throw new SandboxControlError(404, 'Invoice 2026-00042 not found in adm-1')`.
 * Plain Errors still work: messages saying "unknown"/"not found" become 404, "already exists"
 * 409, other Errors 422; TypeErrors and other bugs 500.
 */
export class SandboxControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request field at fault, for 400s. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SandboxControlError';
  }
}
