// Exact's REST error envelope (§3.1): {"error":{"code":"","message":{"lang":"","value":"…"}}}.
// Messages quoted from the notes where they give one; the rest follow the WCF Data Services
// wording Exact's OData stack produces.

export class ExactApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers (e.g. rate-limit headers on a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ExactApiError';
  }
}

export function errorEnvelope(message: string): { error: { code: string; message: { lang: string; value: string } } } {
  return { error: { code: '', message: { lang: '', value: message } } };
}

export const ExactErrors = {
  /** §3.3 / §8.12. */
  selectRequired: () => new ExactApiError(400, 'Please add a $select or a $top=1 statement to the query string.'),
  /** 🟡 §1.2 division scoping (INV 3060). */
  divisionOutOfScope: () => new ExactApiError(403, 'Forbidden - User division is not within division scope'),
  /** ❓ the body of an API 401 is not documented; the envelope keeps clients' parsers working. */
  unauthorized: () => new ExactApiError(401, 'Unauthorized'),
  notFound: (segment: string) => new ExactApiError(404, `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: () => new ExactApiError(405, 'The requested method is not allowed.'),
  badRequest: (message: string) => new ExactApiError(400, message),
  syntaxError: (position: number, text: string) => new ExactApiError(400, `Syntax error at position ${position} in '${text}'.`),
  unknownProperty: (name: string, typeName: string) => new ExactApiError(400, `No property '${name}' exists in type '${typeName}'.`),
};
