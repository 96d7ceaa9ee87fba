// Options of the Exact Online stand-in. Every behaviour the platform notes tag as unconfirmed
// (❓/🟡 in /work/shared/platforms/exact-online.md) is a switch here, set to the most likely value.

/** An app registered in the (simulated) App Center. */
export interface ExactOnlineAppRegistration {
  clientId: string;
  clientSecret: string;
  /** Key of the webhook HashCode (§5.4); not the client secret. */
  webhookSecret: string;
  /** Shown on the consent page and as `Description` of webhook subscriptions. */
  name: string;
  /** Exact redirect URIs allowed, or 'loopback' for any http://127.0.0.1 / http://localhost callback. */
  redirectUris: readonly string[] | 'loopback';
}

/** A user who can log in on the consent page. */
export interface ExactOnlineUser {
  userName: string;
  fullName: string;
  /** Administration keys this user may open; 'all' = every seeded administration. */
  administrations: readonly string[] | 'all';
}

export interface ExactOnlineSandboxOptions {
  apps: readonly ExactOnlineAppRegistration[];
  users: readonly ExactOnlineUser[];

  /** §2: per app per division. Benchmarks relax these. */
  rateLimits: { minutely: number; daily: number };
  /** 🟡 §2 (PQ README, PQ#646): a response that exhausts one quota carries only that quota's headers. */
  omitOtherQuotaHeadersWhenExhausted: boolean;

  /** §2: more than `maxErrors` 400/401/403/404 per app, division and endpoint in an hour blocks that endpoint. */
  errorBudget: {
    enabled: boolean;
    maxErrors: number;
    windowMs: number;
    blockMs: number;
    /** ❓ The notes do not give the status of a blocked call; 403 is the most likely. */
    blockedStatus: number;
  };

  /** §1.5 lifetimes. */
  tokens: {
    accessTokenSeconds: number;
    /** A refresh earlier than this many seconds after the last token was issued is refused (the 570 s rule). */
    earliestRefreshSeconds: number;
    refreshTokenIdleDays: number;
    codeSeconds: number;
    /** 🟡 §1.5: 200 token calls per app per user per day; null disables. */
    tokenCallsPerDay: number | null;
  };
  /** 🟡 §1.4: no public client uses HTTP Basic, so Exact is assumed to read client credentials from the form only. */
  acceptHttpBasicClientAuth: boolean;

  /** §3.2 page sizes. ReceivablesList paging is ❓ (§4.2); 0 returns everything in one response. */
  pageSizes: { standard: number; bulkAndSync: number; receivablesList: number };

  /**
   * §4.3/§4.4, ❓ how partial payments appear. 'split-term': the term is split into a matched part
   * (IsFullyPaid) and an open remainder. 'unmatched-receipt': the receipt stays an open credit item
   * next to the invoice (two ReceivablesList rows for one voucher) until amounts match exactly (§6, PQ#260).
   */
  partialPayments: 'split-term' | 'unmatched-receipt';
  /** 🟡 §4.3 (FIXT-X): receivable/payment-term `AmountDC/FC` is negative for an invoice. */
  paymentTermAmountSign: 'negative' | 'positive';
  /** 🟡 §8.10 (FIXT-X): editing an entry regenerates its open payment terms (new ID, EntryID, HID). */
  regenerateTermsOnInvoiceChange: boolean;
  /** ❓ §6: sign of `BankEntryLines.AmountFC` for a customer receipt. */
  bankReceiptSign: 'positive' | 'negative';

  /** Fixtures README §2.3: `/Date(ms)/` instants carry the division's local wall-clock time, not UTC. */
  instantEncoding: 'local-wall-clock' | 'utc';
  timeZone: string;
  /** Exact's WCF serializer writes `\/Date(…)\/` and `https:\/\/…` (seen in raw bodies, WS#23). */
  escapeForwardSlashes: boolean;
  /** ❓ Nango recorded 200 for a POST; OData services answer 201 Created. */
  postCreatedStatus: 200 | 201;

  webhooks: {
    /** Real-time retry delays (ms) after a failed delivery; the delivery itself never blocks a control call. */
    retryDelaysMs: readonly number[];
    timeoutMs: number;
    /** 🟡 §5.1: Exact wants HTTPS callbacks; off so tests can use a local http server. */
    requireHttps: boolean;
  };
}

export const DEMO_APP: ExactOnlineAppRegistration = {
  clientId: '5b0a3c8e-1f7d-4e21-9a6b-3c2d1e0f9a87',
  clientSecret: 'kX9vQ2mLp7Rw',
  webhookSecret: 'Wq8ZrT3nYb6HsK1d',
  name: 'debtor-hub (sandbox)',
  redirectUris: 'loopback',
};

export const DEMO_USER: ExactOnlineUser = {
  userName: 'demo@debtor-hub.test',
  fullName: 'Demo Boekhouder',
  administrations: 'all',
};

export function defaultExactOnlineOptions(): ExactOnlineSandboxOptions {
  return {
    apps: [DEMO_APP],
    users: [DEMO_USER],
    rateLimits: { minutely: 60, daily: 5000 },
    omitOtherQuotaHeadersWhenExhausted: true,
    errorBudget: { enabled: true, maxErrors: 10, windowMs: 3_600_000, blockMs: 3_600_000, blockedStatus: 403 },
    tokens: {
      accessTokenSeconds: 600,
      earliestRefreshSeconds: 570,
      refreshTokenIdleDays: 30,
      codeSeconds: 180,
      tokenCallsPerDay: 200,
    },
    acceptHttpBasicClientAuth: false,
    pageSizes: { standard: 60, bulkAndSync: 1000, receivablesList: 1000 },
    partialPayments: 'split-term',
    paymentTermAmountSign: 'negative',
    regenerateTermsOnInvoiceChange: true,
    bankReceiptSign: 'positive',
    instantEncoding: 'local-wall-clock',
    timeZone: 'Europe/Amsterdam',
    escapeForwardSlashes: true,
    postCreatedStatus: 201,
    webhooks: { retryDelaysMs: [100, 500], timeoutMs: 5000, requireHttps: false },
  };
}

/** Options as callers pass them: every group may be given partially. */
export type ExactOnlineSandboxOptionsInput = {
  [K in keyof ExactOnlineSandboxOptions]?: ExactOnlineSandboxOptions[K] extends readonly unknown[]
    ? ExactOnlineSandboxOptions[K]
    : ExactOnlineSandboxOptions[K] extends object
      ? Partial<ExactOnlineSandboxOptions[K]>
      : ExactOnlineSandboxOptions[K];
};

export function resolveExactOnlineOptions(input: ExactOnlineSandboxOptionsInput = {}): ExactOnlineSandboxOptions {
  const defaults = defaultExactOnlineOptions();
  return {
    ...defaults,
    ...stripUndefined(input),
    rateLimits: { ...defaults.rateLimits, ...input.rateLimits },
    errorBudget: { ...defaults.errorBudget, ...input.errorBudget },
    tokens: { ...defaults.tokens, ...input.tokens },
    pageSizes: { ...defaults.pageSizes, ...input.pageSizes },
    webhooks: { ...defaults.webhooks, ...input.webhooks },
  } as ExactOnlineSandboxOptions;
}

/**
 * Applies a patch at runtime, in place: a group (`rateLimits`, `tokens`, …) is merged into its
 * existing object, because the rate limiter, error budget, OAuth store and webhook dispatcher hold
 * those objects and must see the change. Derived state (apps, users, the instant encoder) is the
 * runtime's to refresh (runtime.configure).
 */
export function applyExactOnlineOptions(options: ExactOnlineSandboxOptions, patch: ExactOnlineSandboxOptionsInput): void {
  const { rateLimits, errorBudget, tokens, pageSizes, webhooks, ...plain } = patch;
  Object.assign(options, stripUndefined(plain));
  Object.assign(options.rateLimits, stripUndefined(rateLimits ?? {}));
  Object.assign(options.errorBudget, stripUndefined(errorBudget ?? {}));
  Object.assign(options.tokens, stripUndefined(tokens ?? {}));
  Object.assign(options.pageSizes, stripUndefined(pageSizes ?? {}));
  Object.assign(options.webhooks, stripUndefined(webhooks ?? {}));
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
