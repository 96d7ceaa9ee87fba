// A parser for the OData v2 `$filter` subset Exact clients use (§3.3): eq/ne/gt/ge/lt/le,
// and/or/not, parentheses, the literals 'text', guid'…', datetime'…', 123, 123L, 1.5, true,
// false, null, and the functions substringof, startswith, endswith, trim, tolower, toupper.

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'guid'; value: string }
  | { type: 'datetime'; value: number }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' };

export type FilterNode =
  | { kind: 'logical'; op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; left: FilterNode; right: FilterNode }
  | { kind: 'call'; name: FunctionName; args: FilterNode[] }
  | { kind: 'property'; name: string; position: number }
  | { kind: 'literal'; literal: Literal };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FunctionName = 'substringof' | 'startswith' | 'endswith' | 'trim' | 'tolower' | 'toupper' | 'length';

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['substringof', 'startswith', 'endswith', 'trim', 'tolower', 'toupper', 'length']);

export class FilterSyntaxError extends Error {
  constructor(readonly position: number) {
    super(`Syntax error at position ${position}`);
  }
}

type Token =
  | { kind: 'punct'; value: '(' | ')' | ','; position: number }
  | { kind: 'word'; value: string; position: number }
  | { kind: 'literal'; literal: Literal; position: number };

export function parseFilter(text: string): FilterNode {
  const parser = new Parser(tokenize(text), text.length);
  const node = parser.expression();
  parser.expectEnd();
  return node;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: 'punct', value: char, position: i });
      i++;
    } else if (char === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ kind: 'literal', literal: { type: 'string', value }, position: i });
      i = end;
    } else if (/[-\d]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(text.slice(i));
      if (match === null) throw new FilterSyntaxError(i);
      tokens.push({ kind: 'literal', literal: { type: 'number', value: Number(match[0].replace(/[LlMmDdFf]$/, '')) }, position: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_/.]*/.exec(text.slice(i)) as RegExpExecArray;
      const word = match[0];
      const start = i;
      i += word.length;
      if (text[i] === "'") {
        const { value, end } = readQuoted(text, i);
        tokens.push({ kind: 'literal', literal: typedLiteral(word, value, start), position: start });
        i = end;
      } else {
        tokens.push({ kind: 'word', value: word, position: start });
      }
    } else {
      throw new FilterSyntaxError(i);
    }
  }
  return tokens;
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += text[i];
    i++;
  }
  throw new FilterSyntaxError(start);
}

function typedLiteral(prefix: string, value: string, position: number): Literal {
  switch (prefix.toLowerCase()) {
    case 'guid':
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new FilterSyntaxError(position);
      return { type: 'guid', value: value.toLowerCase() };
    case 'datetime': {
      // Exact reads datetime literals as the same wall-clock values it writes (fixtures README §2.3).
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
      if (!Number.isFinite(ms)) throw new FilterSyntaxError(position);
      return { type: 'datetime', value: ms };
    }
    default:
      throw new FilterSyntaxError(position);
  }
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  expression(): FilterNode {
    let left = this.conjunction();
    while (this.peekWord('or')) {
      this.index++;
      left = { kind: 'logical', op: 'or', left, right: this.conjunction() };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.tokens[this.index];
    if (token !== undefined) throw new FilterSyntaxError(token.position);
  }

  private conjunction(): FilterNode {
    let left = this.negation();
    while (this.peekWord('and')) {
      this.index++;
      left = { kind: 'logical', op: 'and', left, right: this.negation() };
    }
    return left;
  }

  private negation(): FilterNode {
    if (this.peekWord('not')) {
      this.index++;
      return { kind: 'not', operand: this.negation() };
    }
    return this.comparison();
  }

  private comparison(): FilterNode {
    const left = this.primary();
    const token = this.tokens[this.index];
    if (token?.kind === 'word' && COMPARE_OPS.has(token.value)) {
      this.index++;
      return { kind: 'compare', op: token.value as CompareOp, left, right: this.primary() };
    }
    return left;
  }

  private primary(): FilterNode {
    const token = this.next();
    if (token.kind === 'literal') return { kind: 'literal', literal: token.literal };
    if (token.kind === 'punct') {
      if (token.value !== '(') throw new FilterSyntaxError(token.position);
      const inner = this.expression();
      this.expectPunct(')');
      return inner;
    }
    if (token.value === 'true' || token.value === 'false') return { kind: 'literal', literal: { type: 'boolean', value: token.value === 'true' } };
    if (token.value === 'null') return { kind: 'literal', literal: { type: 'null' } };
    const following = this.tokens[this.index];
    if (following?.kind === 'punct' && following.value === '(') {
      if (!FUNCTIONS.has(token.value)) throw new FilterSyntaxError(token.position);
      this.index++;
      const args: FilterNode[] = [this.expression()];
      while (this.peekPunct(',')) {
        this.index++;
        args.push(this.expression());
      }
      this.expectPunct(')');
      return { kind: 'call', name: token.value as FunctionName, args };
    }
    return { kind: 'property', name: token.value, position: token.position };
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token === undefined) throw new FilterSyntaxError(this.length);
    this.index++;
    return token;
  }

  private peekWord(word: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === 'word' && token.value === word;
  }

  private peekPunct(value: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === 'punct' && token.value === value;
  }

  private expectPunct(value: string): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) throw new FilterSyntaxError(token.position);
  }
}

/** All property names a filter reads, with their positions (to validate them against an entity). */
export function propertiesOf(node: FilterNode): Array<{ name: string; position: number }> {
  switch (node.kind) {
    case 'logical':
    case 'compare':
      return [...propertiesOf(node.left), ...propertiesOf(node.right)];
    case 'not':
      return propertiesOf(node.operand);
    case 'call':
      return node.args.flatMap(propertiesOf);
    case 'property':
      return [{ name: node.name, position: node.position }];
    case 'literal':
      return [];
  }
}

/**
 * The largest `Timestamp gt N` (or `ge N+1`) that every matching row must satisfy, read from
 * the top-level `and` chain; lets sync reads seek instead of scanning (§4.9).
 */
export function timestampFloor(node: FilterNode | null): number {
  if (node === null) return Number.NEGATIVE_INFINITY;
  if (node.kind === 'logical' && node.op === 'and') return Math.max(timestampFloor(node.left), timestampFloor(node.right));
  if (node.kind === 'compare' && node.left.kind === 'property' && node.left.name === 'Timestamp' && node.right.kind === 'literal' && node.right.literal.type === 'number') {
    if (node.op === 'gt') return node.right.literal.value;
    if (node.op === 'ge' || node.op === 'eq') return node.right.literal.value - 1;
  }
  return Number.NEGATIVE_INFINITY;
}

/**
 * `Property eq literal` conditions every matching row must meet (the top-level `and` chain), so a
 * read can start from an index instead of scanning; the full filter is still applied afterwards.
 */
export function equalityConditions(node: FilterNode | null): Map<string, string | number> {
  const conditions = new Map<string, string | number>();
  const visit = (current: FilterNode): void => {
    if (current.kind === 'logical' && current.op === 'and') {
      visit(current.left);
      visit(current.right);
      return;
    }
    if (current.kind !== 'compare' || current.op !== 'eq') return;
    const [property, literal] = current.left.kind === 'property' ? [current.left, current.right] : [current.right, current.left];
    if (property.kind !== 'property' || literal.kind !== 'literal') return;
    const value = literal.literal;
    if (value.type === 'string' || value.type === 'guid' || value.type === 'number') conditions.set(property.name, value.value);
  };
  if (node !== null) visit(node);
  return conditions;
}
