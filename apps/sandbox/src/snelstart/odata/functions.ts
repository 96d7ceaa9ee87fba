// The OData v3 canonical functions SnelStart documents (notes §3.1): `substringof('Test', Naam)`,
// `startswith(Naam,'Test')`, `year(Datum)`, plus their usual siblings. v4-only names such as
// `contains` are unknown to the v3 server and rejected.
import type { EdmPrimitive } from './edm.js';

interface Signature {
  readonly parameters: readonly EdmPrimitive[];
  readonly returns: EdmPrimitive;
  readonly apply: (args: readonly unknown[]) => unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const naiveDate = (value: unknown): Date | null => (typeof value === 'number' ? new Date(value) : null);

const FUNCTIONS: Readonly<Record<string, Signature>> = {
  substringof: twoStrings((needle, haystack) => haystack.includes(needle)),
  startswith: twoStrings((value, prefix) => value.startsWith(prefix)),
  endswith: twoStrings((value, suffix) => value.endsWith(suffix)),
  indexof: { parameters: ['Edm.String', 'Edm.String'], returns: 'Edm.Int32', apply: ([a, b]) => nullable(text(a), text(b), (x, y) => x.indexOf(y)) },
  tolower: oneString('Edm.String', (value) => value.toLowerCase()),
  toupper: oneString('Edm.String', (value) => value.toUpperCase()),
  trim: oneString('Edm.String', (value) => value.trim()),
  length: oneString('Edm.Int32', (value) => value.length),
  year: datePart((date) => date.getUTCFullYear()),
  month: datePart((date) => date.getUTCMonth() + 1),
  day: datePart((date) => date.getUTCDate()),
  hour: datePart((date) => date.getUTCHours()),
  minute: datePart((date) => date.getUTCMinutes()),
  second: datePart((date) => date.getUTCSeconds()),
};

export function signatureOf(name: string): Signature | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
}

export function callFunction(name: string, args: readonly unknown[]): unknown {
  return FUNCTIONS[name]?.apply(args) ?? null;
}

function twoStrings(test: (a: string, b: string) => boolean): Signature {
  return { parameters: ['Edm.String', 'Edm.String'], returns: 'Edm.Boolean', apply: ([a, b]) => nullable(text(a), text(b), test) };
}

function oneString(returns: EdmPrimitive, map: (value: string) => unknown): Signature {
  return { parameters: ['Edm.String'], returns, apply: ([value]) => nullable(text(value), '', (x) => map(x)) };
}

function datePart(part: (date: Date) => number): Signature {
  return { parameters: ['Edm.DateTime'], returns: 'Edm.Int32', apply: ([value]) => nullable(naiveDate(value), 0, (date) => part(date)) };
}

function nullable<A, B, R>(a: A | null, b: B | null, apply: (a: A, b: B) => R): R | null {
  return a === null || b === null ? null : apply(a, b);
}
