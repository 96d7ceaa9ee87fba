// Parses a `$filter` into a syntax tree. Precedence follows OData: `or` < `and` < `not` <
// comparison < member/call/literal. Keywords are lower-case and case-sensitive (notes §3.1).
import { ODataSyntaxError } from './errors.js';
import { tokenize, type Token } from './lexer.js';

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { type: 'Edm.String' | 'Edm.Guid'; value: string }
  | { type: 'Edm.DateTime'; text: string }
  | { type: 'Edm.Int32' | 'Edm.Decimal' | 'Edm.Double'; value: number }
  | { type: 'Edm.Boolean'; value: boolean }
  | { type: 'Edm.Null' };

export type FilterNode =
  | { kind: 'literal'; literal: Literal }
  /** A property path; `variable` is set when it starts at a lambda variable (`e/Naam`). */
  | { kind: 'member'; variable: string | null; path: string[] }
  | { kind: 'compare'; operator: ComparisonOperator; left: FilterNode; right: FilterNode }
  | { kind: 'logical'; operator: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'call'; name: string; args: FilterNode[] }
  | { kind: 'lambda'; quantifier: 'any' | 'all'; collection: FilterNode & { kind: 'member' }; variable: string | null; body: FilterNode | null };

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

export function parseFilter(source: string): FilterNode {
  const parser = new Parser(tokenize(source), source);
  const node = parser.parseOr();
  parser.expectEnd();
  return node;
}

class Parser {
  private position = 0;
  private readonly variables: string[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekKeyword('or')) {
      this.position++;
      left = { kind: 'logical', operator: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  expectEnd(): void {
    if (this.peek().kind !== 'end') this.fail('Syntax error');
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.peekKeyword('and')) {
      this.position++;
      left = { kind: 'logical', operator: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.peekKeyword('not')) {
      this.position++;
      return { kind: 'not', operand: this.parseUnary() };
    }
    const left = this.parsePrimary();
    const next = this.peek();
    if (next.kind === 'identifier' && COMPARISONS.has(next.text)) {
      this.position++;
      return { kind: 'compare', operator: next.text as ComparisonOperator, left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): FilterNode {
    const token = this.next();
    switch (token.kind) {
      case 'punct':
        if (token.text !== '(') break;
        {
          const inner = this.parseOr();
          this.expectPunct(')');
          return inner;
        }
      case 'string':
        return { kind: 'literal', literal: { type: 'Edm.String', value: token.value } };
      case 'typed':
        return { kind: 'literal', literal: this.typedLiteral(token.prefix, token.value) };
      case 'number':
        return { kind: 'literal', literal: numberLiteral(token.text) };
      case 'identifier':
        return this.identifierExpression(token.text);
      case 'end':
        break;
    }
    return this.fail('Expression expected', token);
  }

  private identifierExpression(text: string): FilterNode {
    if (text === 'true' || text === 'false') return { kind: 'literal', literal: { type: 'Edm.Boolean', value: text === 'true' } };
    if (text === 'null') return { kind: 'literal', literal: { type: 'Edm.Null' } };
    if (this.peekPunct('(')) {
      this.position++;
      const args: FilterNode[] = [];
      if (!this.peekPunct(')')) {
        do args.push(this.parseOr());
        while (this.acceptPunct(','));
      }
      this.expectPunct(')');
      return { kind: 'call', name: text, args };
    }
    const variable = this.variables.includes(text) ? text : null;
    const member: FilterNode & { kind: 'member' } = { kind: 'member', variable, path: variable ? [] : [text] };
    while (this.acceptPunct('/')) {
      const segment = this.next();
      if (segment.kind !== 'identifier') return this.fail('Property name expected', segment);
      if ((segment.text === 'any' || segment.text === 'all') && this.peekPunct('(')) return this.lambda(member, segment.text);
      member.path.push(segment.text);
    }
    return member;
  }

  private lambda(collection: FilterNode & { kind: 'member' }, quantifier: 'any' | 'all'): FilterNode {
    this.expectPunct('(');
    if (this.acceptPunct(')')) return { kind: 'lambda', quantifier, collection, variable: null, body: null };
    const variable = this.next();
    if (variable.kind !== 'identifier') return this.fail('Range variable expected', variable);
    this.expectPunct(':');
    this.variables.push(variable.text);
    const body = this.parseOr();
    this.variables.pop();
    this.expectPunct(')');
    return { kind: 'lambda', quantifier, collection, variable: variable.text, body };
  }

  private typedLiteral(prefix: string, value: string): Literal {
    if (prefix === 'datetime') return { type: 'Edm.DateTime', text: value };
    if (prefix === 'guid') return { type: 'Edm.Guid', value: value.toLowerCase() };
    return this.fail(`Unrecognized literal type '${prefix}'`);
  }

  private peek(): Token {
    return this.tokens[this.position] ?? { kind: 'end', at: this.source.length };
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private peekKeyword(keyword: string): boolean {
    const token = this.peek();
    return token.kind === 'identifier' && token.text === keyword;
  }

  private peekPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  private acceptPunct(text: string): boolean {
    if (!this.peekPunct(text)) return false;
    this.position++;
    return true;
  }

  private expectPunct(text: string): void {
    if (!this.acceptPunct(text)) this.fail(`'${text}' expected`);
  }

  private fail(reason: string, token: Token = this.peek()): never {
    throw new ODataSyntaxError(`${reason} at position ${token.at} in '${this.source}'.`);
  }
}

function numberLiteral(text: string): Literal {
  const suffix = text.at(-1)?.toLowerCase() ?? '';
  const digits = /[mdfl]/.test(suffix) ? text.slice(0, -1) : text;
  const value = Number(digits);
  if (suffix === 'm') return { type: 'Edm.Decimal', value };
  if (suffix === 'd' || suffix === 'f' || /[.eE]/.test(digits)) return { type: 'Edm.Double', value };
  return Number.isSafeInteger(value) && Math.abs(value) <= 2_147_483_647 ? { type: 'Edm.Int32', value } : { type: 'Edm.Decimal', value };
}
