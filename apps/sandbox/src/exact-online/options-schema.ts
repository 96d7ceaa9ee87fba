// What PUT /_sandbox/exact-online/options accepts: any subset of ExactOnlineSandboxOptions, each
// group (`rateLimits`, `tokens`, …) itself partial and merged into the current one. Ranges keep
// the stand-in working (a page size of 0 only where options.ts allows it).
import {
  boolean,
  either,
  httpUrl,
  integer,
  list,
  nullable,
  oneOf,
  patch,
  readOptionPatch,
  record,
  refine,
  text,
} from '../core/control/option-readers.js';
import type { ExactOnlineAppRegistration, ExactOnlineSandboxOptions, ExactOnlineSandboxOptionsInput, ExactOnlineUser } from './options.js';

const DAY_SECONDS = 86_400;
const DAY_MS = DAY_SECONDS * 1_000;
const MANY = 1_000_000_000;

const app = record<ExactOnlineAppRegistration>({
  clientId: text(100),
  clientSecret: text(200),
  webhookSecret: text(200),
  name: text(200),
  redirectUris: either(oneOf('loopback'), list(httpUrl(), { min: 1 }), 'must be "loopback" or a list of http(s) URLs'),
});

const user = record<ExactOnlineUser>({
  userName: text(200),
  fullName: text(200),
  administrations: either(oneOf('all'), list(text(40)), 'must be "all" or a list of administration keys'),
});

const timeZone = refine(text(64), isTimeZone, 'must be an IANA time zone such as Europe/Amsterdam');

type Options = ExactOnlineSandboxOptions;

const rateLimits = patch<Options['rateLimits']>({ minutely: integer(1, MANY), daily: integer(1, MANY) });
const errorBudget = patch<Options['errorBudget']>({
  enabled: boolean(),
  maxErrors: integer(0, MANY),
  windowMs: integer(1, 365 * DAY_MS),
  blockMs: integer(0, 365 * DAY_MS),
  blockedStatus: integer(400, 599),
});
const tokens = patch<Options['tokens']>({
  accessTokenSeconds: integer(1, 365 * DAY_SECONDS),
  earliestRefreshSeconds: integer(0, 365 * DAY_SECONDS),
  refreshTokenIdleDays: integer(1, 3_650),
  codeSeconds: integer(1, DAY_SECONDS),
  tokenCallsPerDay: nullable(integer(1, MANY)),
});
const pageSizes = patch<Options['pageSizes']>({ standard: integer(1, 100_000), bulkAndSync: integer(1, 100_000), receivablesList: integer(0, 100_000) });
const webhooks = patch<Options['webhooks']>({
  retryDelaysMs: list(integer(0, 600_000), { max: 10 }),
  timeoutMs: integer(1, 600_000),
  requireHttps: boolean(),
});

export function parseExactOnlineOptionPatch(body: unknown): ExactOnlineSandboxOptionsInput {
  return readOptionPatch<ExactOnlineSandboxOptionsInput>(body, {
    apps: list(app, { min: 1, max: 20 }),
    users: list(user, { min: 1, max: 100 }),
    rateLimits,
    omitOtherQuotaHeadersWhenExhausted: boolean(),
    errorBudget,
    tokens,
    acceptHttpBasicClientAuth: boolean(),
    pageSizes,
    partialPayments: oneOf('split-term', 'unmatched-receipt'),
    paymentTermAmountSign: oneOf('negative', 'positive'),
    regenerateTermsOnInvoiceChange: boolean(),
    bankReceiptSign: oneOf('positive', 'negative'),
    instantEncoding: oneOf('local-wall-clock', 'utc'),
    timeZone,
    escapeForwardSlashes: boolean(),
    postCreatedStatus: oneOf(200, 201),
    webhooks,
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
