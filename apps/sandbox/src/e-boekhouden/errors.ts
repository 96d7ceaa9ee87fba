// The REST API's JSON error object (schema `Error`, §2.4): `type`, `title` and `status` always;
// `code`, `message`, `propertyName`, `errors[]` (validation only) and `traceId` when they apply.
// Security errors (schema `SecurityError`) add `securityType`. Titles are the meanings the spec's
// error table gives for each code.

export type EBoekhoudenErrorType = 'validation' | 'security' | 'notFound' | 'error' | 'rateLimit';

export interface EBoekhoudenErrorBody {
  type: EBoekhoudenErrorType;
  title: string;
  status: number;
  code?: string;
  message?: string;
  propertyName?: string;
  errors?: string[];
  securityType?: number;
  traceId: string;
}

interface ErrorDefinition {
  type: EBoekhoudenErrorType;
  status: number;
  title: string;
  /** For failures the notes give no code for: the body then carries none rather than an invented one. */
  undocumentedCode?: true;
}

const validation = (title: string): ErrorDefinition => ({ type: 'validation', status: 400, title });

/** The codes this stand-in answers with; the real table has ~250 (§2.4, §6). */
export const ERROR_CODES = {
  API_SESSION_001: validation('Source is missing.'),
  API_SESSION_002: validation('Source does not match pattern.'),
  API_SESSION_003: validation('Access token is missing or empty.'),
  API_SESSION_004: validation('Access token has expired.'),
  SECURITY_010: { type: 'security', status: 401, title: 'Not authenticated. Check your Authorization header.' },
  EP_001: { type: 'security', status: 403, title: 'This endpoint is only available to accountants.' },
  PAGE_001: validation('Limit must be between 1 and 2000.'),
  PAGE_002: validation('Offset must be 0 or higher.'),
  ERR_001: { type: 'error', status: 500, title: 'An unexpected error occurred.' },
  ERR_002: validation('Invalid value.'),
  DATA_01: validation('No data was sent.'),
  MUTA_006: validation('Credit/Debit is missing.'),
  MUTA_008: validation('Payment reference already exists.'),
  MUT_005: validation('The period is closed by the accountant; the mutation cannot be booked.'),
  MUT_019: validation('Invoice number already exists.'),
  MUT_112: validation('Relation of the row is missing.'),
  MUT_113: validation('Relation of the row not found.'),
  MUT_115: validation('Invoice not found.'),
  MUT_120: validation('Invoice number of the row is missing.'),
  REL_002: validation('Name is mandatory.'),
  REL_047: validation('Note is too long.'),
  REL_049: validation('Code already exists.'),
  REL_055: { type: 'notFound', status: 404, title: 'Relation not found.' },
  MUTATION_NOT_FOUND: { type: 'notFound', status: 404, title: 'Mutation not found.', undocumentedCode: true },
  INVOICE_NOT_FOUND: { type: 'notFound', status: 404, title: 'Invoice not found.', undocumentedCode: true },
  LEDGER_NOT_FOUND: { type: 'notFound', status: 404, title: 'Ledger not found.', undocumentedCode: true },
  ROUTE_NOT_FOUND: { type: 'notFound', status: 404, title: 'Not found.', undocumentedCode: true },
  ...freeTextCodes(),
} satisfies Record<string, ErrorDefinition>;

export type EBoekhoudenErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetails {
  propertyName?: string;
  message?: string;
  /** Overrides the definition's status, e.g. the `notFoundStatus` switch. */
  status?: number;
}

/** Thrown by stores and routes; the router's error handler renders it. */
export class EBoekhoudenApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: EBoekhoudenErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(`${code}: ${ERROR_CODES[code].title}`);
    this.name = 'EBoekhoudenApiError';
    this.status = details.status ?? ERROR_CODES[code].status;
  }

  toBody(traceId: string): EBoekhoudenErrorBody {
    const definition: ErrorDefinition = ERROR_CODES[this.code];
    const body: EBoekhoudenErrorBody = { type: definition.type, title: definition.title, status: this.status, traceId };
    if (!definition.undocumentedCode) body.code = this.code;
    if (this.details.message !== undefined) body.message = this.details.message;
    if (this.details.propertyName !== undefined) body.propertyName = this.details.propertyName;
    if (definition.type === 'validation') body.errors = [this.details.message ?? definition.title];
    // SecurityError.securityType is an undocumented 0/1/2 enum; 0 for "not authenticated" [INF].
    if (definition.type === 'security') body.securityType = this.code === 'SECURITY_010' ? 0 : 1;
    return body;
  }
}

/** REL_037..REL_046: "Free text n is too long" for freeText1..freeText10 (§5.2). */
function freeTextCodes(): Record<`REL_0${37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46}`, ErrorDefinition> {
  const entries = Array.from({ length: 10 }, (_, index) => [`REL_0${37 + index}`, validation(`Free text ${index + 1} is too long.`)]);
  return Object.fromEntries(entries) as Record<`REL_0${37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46}`, ErrorDefinition>;
}

export function freeTextTooLongCode(slot: number): EBoekhoudenErrorCode {
  return `REL_0${36 + slot}` as EBoekhoudenErrorCode;
}
