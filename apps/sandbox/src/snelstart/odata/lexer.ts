// Tokens of an OData v3 `$filter` (notes §3.1: `ModifiedOn gt datetime'2017-07-16T23:59:59.999'`,
// `Id eq guid'…'`, `Relatiesoort/any(r:r eq 'Klant')`, `substringof('Test', Naam) eq true`).
import { ODataSyntaxError } from './errors.js';

export type Token =
  | { kind: 'identifier'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  /** A typed literal such as datetime'…' or guid'…'; `prefix` is lower-cased. */
  | { kind: 'typed'; prefix: string; value: string; at: number }
  | { kind: 'number'; text: string; at: number }
  | { kind: 'punct'; text: '(' | ')' | ',' | '/' | ':'; at: number }
  | { kind: 'end'; at: number };

const PUNCTUATION = new Set(['(', ')', ',', '/', ':']);

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    if (/\s/.test(char)) {
      index++;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: 'punct', text: char as '(' | ')' | ',' | '/' | ':', at: index });
      index++;
    } else if (char === "'") {
      const { value, next } = readQuoted(source, index);
      tokens.push({ kind: 'string', value, at: index });
      index = next;
    } else if (/[-\d]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?/.exec(source.slice(index));
      if (!match) throw new ODataSyntaxError(`Syntax error at position ${index} in '${source}'.`);
      tokens.push({ kind: 'number', text: match[0], at: index });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index)) ?? [''];
      const text = match[0];
      if (source[index + text.length] === "'") {
        const { value, next } = readQuoted(source, index + text.length);
        tokens.push({ kind: 'typed', prefix: text.toLowerCase(), value, at: index });
        index = next;
      } else {
        tokens.push({ kind: 'identifier', text, at: index });
        index += text.length;
      }
    } else {
      throw new ODataSyntaxError(`Syntax error: character '${char}' is not valid at position ${index} in '${source}'.`);
    }
  }
  tokens.push({ kind: 'end', at: source.length });
  return tokens;
}

/** A quoted literal; a doubled quote ('') stands for one quote. */
function readQuoted(source: string, start: number): { value: string; next: number } {
  let value = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === "'") {
      if (source[index + 1] === "'") {
        value += "'";
        index += 2;
        continue;
      }
      return { value, next: index + 1 };
    }
    value += char;
    index++;
  }
  throw new ODataSyntaxError(`There is an unterminated string literal at position ${start} in '${source}'.`);
}
