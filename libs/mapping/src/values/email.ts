import { MappingError } from '../model/mapping-error.js';
import { requireString } from './raw.js';

/** Local part: no whitespace, no characters that only appear in quoted or display-name forms. */
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]{1,64}$/u;
/** One domain label: letters (any script, so IDN is fine) and digits, hyphens inside only. */
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

/**
 * An e-mail address, trimmed, with the domain lower-cased (the local part is kept as written:
 * it is case-sensitive by the standard, even though few servers treat it so). A `mailto:` prefix
 * is dropped. Validation is pragmatic, not RFC 5322: exactly one `@`; a local part without
 * spaces, quotes or brackets that neither starts nor ends with a dot nor has two in a row; a
 * domain of at least two valid labels (internationalised ones included) whose last is not all
 * digits. Display-name forms (`Jan <jan@example.nl>`) are rejected: packages store bare addresses.
 */
export function parseEmail(raw: unknown, field: string): string {
  const text = requireString(raw, field, 'e-mail address').trim().replace(/^mailto:/i, '');
  const reason = emailProblem(text);
  if (reason !== null) throw new MappingError(field, raw, reason);
  const at = text.indexOf('@');
  return `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
}

/** The non-throwing check behind parseEmail. */
export function isValidEmail(raw: unknown): boolean {
  return typeof raw === 'string' && emailProblem(raw.trim().replace(/^mailto:/i, '')) === null;
}

function emailProblem(text: string): string | null {
  if (text === '') return 'empty e-mail address';
  const parts = text.split('@');
  if (parts.length !== 2) return 'an e-mail address has exactly one @';
  const [local, domain] = parts;
  if (!LOCAL_PART.test(local)) return 'invalid part before the @';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'misplaced dot before the @';
  if (domain.length > 253) return 'domain too long';
  const labels = domain.split('.');
  if (labels.length < 2) return 'domain needs a dot (name.tld)';
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return 'invalid domain';
  if (/^\d+$/.test(labels[labels.length - 1])) return 'invalid top-level domain';
  return null;
}
