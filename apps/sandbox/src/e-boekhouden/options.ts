// Switches for the behaviours the platform notes (../shared/platforms/e-boekhouden.md) could not
// confirm. Each default is the most likely behaviour; tests and the demo flip them to prove the
// hub copes with the alternative.

export interface EBoekhoudenSandboxOptions {
  /**
   * `expiresIn` of a new session. The real value is unconfirmed (§1.2); clients default to 3600 s
   * when it is missing, so that is the default here.
   */
  sessionLifetimeSeconds: number;
  /** Whether each API call pushes a session's expiry forward (§8 "whether sessions slide on use"). */
  slidingSessions: boolean;
  /**
   * `Authorization: Bearer <token>`: the spec says raw token, several clients report the prefix
   * working (§1.2 "Bearer?"). `accept` strips the prefix, `reject` answers SECURITY_010.
   */
  bearerPrefix: 'accept' | 'reject';
  /**
   * `count` in list envelopes: the spec calls it "the number of retrieved items" (§0, §3.5), so the
   * page size (`page`); `total` gives the number of matches over all pages instead.
   */
  countMeaning: 'page' | 'total';
  /**
   * Fields omitted from `PATCH /v1/relation/{id}`: kept (`keep`, what a PATCH means and what
   * clients observe) or cleared as in a full replace (`clear`, the SOAP UpdateRelatie worry, §5.2).
   */
  patchOmittedFields: 'keep' | 'clear';
  /** Empty (null) fields left out of detail reads (§3.3, pain point 10), or sent as `null`. */
  omitEmptyFields: boolean;
  /** Relation `date` as `YYYY-MM-DDT00:00:00` (reported by a client, §3.3) or bare `YYYY-MM-DD`. */
  relationDateWithTime: boolean;
  /** Opening-balance rows (id 0, type 0) in `GET /v1/mutation`, as one integrator saw them (§3.4). */
  openingBalanceRows: boolean;
  /**
   * When a duplicate `paymentReference` on `POST /v1/mutation` is refused with MUTA_008 (§5.1):
   * `always`, or only when the body asks for it with `checkPaymentReference: true` (`when-requested`).
   */
  paymentReferenceCheck: 'always' | 'when-requested';
  /** Status of "not found" errors such as REL_055 (unconfirmed; .NET APIs answer 404 or 400). */
  notFoundStatus: 404 | 400;
  /**
   * Share of invoices that also exist in the invoicing module (`/v1/invoice`); the rest were booked
   * directly as mutations by other tools and appear only as mutations and open items (§3.2 [INF]).
   * Read when seeding and when the control API adds an invoice.
   */
  invoiceModuleShare: number;
  /** Bookings dated on or before this day are refused with MUT_005 (period closed, §5.1); null = open. */
  closedUntil: string | null;
}

export const DEFAULT_EBOEKHOUDEN_OPTIONS: Readonly<EBoekhoudenSandboxOptions> = Object.freeze({
  sessionLifetimeSeconds: 3600,
  slidingSessions: false,
  bearerPrefix: 'accept',
  countMeaning: 'page',
  patchOmittedFields: 'keep',
  omitEmptyFields: true,
  relationDateWithTime: true,
  openingBalanceRows: true,
  paymentReferenceCheck: 'always',
  notFoundStatus: 404,
  invoiceModuleShare: 0.8,
  closedUntil: null,
});

export function resolveOptions(overrides: Partial<EBoekhoudenSandboxOptions> = {}): EBoekhoudenSandboxOptions {
  const options = { ...DEFAULT_EBOEKHOUDEN_OPTIONS, ...overrides };
  if (!Number.isInteger(options.sessionLifetimeSeconds) || options.sessionLifetimeSeconds < 1) {
    throw new RangeError(`sessionLifetimeSeconds must be a positive integer, got ${String(options.sessionLifetimeSeconds)}`);
  }
  if (!(options.invoiceModuleShare >= 0 && options.invoiceModuleShare <= 1)) {
    throw new RangeError(`invoiceModuleShare must be within 0..1, got ${String(options.invoiceModuleShare)}`);
  }
  return options;
}
