import { accountEntity } from '../wire/entities/account.js';
import { ExactApiError } from '../wire/errors.js';
import { compileFilter } from './filter-eval.js';
import { parseFilter, timestampFloor } from './filter-parser.js';
import { field, defineEntity, type WireEnv } from '../wire/entity.js';

interface Row {
  id: string;
  code: string;
  amount: number;
  timestamp: number;
  due: number | null;
  blocked: boolean;
}

const env: WireEnv = { hostBase: 'http://x/exact-online', apiBase: 'http://x/exact-online/api/v1', instant: (ms) => ms, fullNameOf: () => null };
const entity = defineEntity<Row, WireEnv>({
  typeName: 'Test.Row',
  fields: [
    field.of('ID', 'Guid', (r) => r.id),
    field.of('Code', 'String', (r) => r.code),
    field.of('AmountDC', 'Double', (r) => r.amount),
    field.of('Timestamp', 'Int64', (r) => String(r.timestamp)),
    field.of('DueDate', 'DateTime', (r) => (r.due === null ? null : `/Date(${r.due})/`)),
    field.of('Blocked', 'Boolean', (r) => r.blocked),
  ],
  uri: (r) => r.id,
});
const row: Row = { id: '3734121e-1544-4b77-9ae2-7203e9bd6046', code: '                25', amount: 121.5, timestamp: 1234, due: Date.parse('2026-03-01T00:00:00Z'), blocked: false };
const matches = (filter: string, record: Row = row) => compileFilter(filter, entity).matches(record, env);

describe('$filter (§3.3)', () => {
  it.each([
    ["ID eq guid'3734121E-1544-4B77-9AE2-7203E9BD6046'", true],
    ["Code eq '                25'", true],
    ["Code eq '25'", false],
    ["trim(Code) eq '25'", true],
    ['Timestamp gt 1233L', true],
    ['Timestamp gt 1234', false],
    ['Timestamp ge 1234 and AmountDC lt 200', true],
    ['AmountDC ge -8500.5', true],
    ["DueDate lt datetime'2026-03-02T00:00:00'", true],
    ["DueDate ge datetime'2026-03-02'", false],
    ['Blocked eq false', true],
    ['not (Blocked eq false) or AmountDC eq 121.5', true],
    ["substringof('2', Code) eq true", true],
    ["startswith(trim(Code), '3')", false],
    ['DueDate eq null', false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('treats null as equal only to null', () => {
    expect(matches('DueDate eq null', { ...row, due: null })).toBe(true);
    expect(matches("DueDate lt datetime'2030-01-01'", { ...row, due: null })).toBe(false);
  });

  it('reads two single quotes inside a string literal as one quote', () => {
    expect(matches("Code ne 'O''Brien'")).toBe(true);
  });

  it('reports syntax errors with their position as Exact\'s 400', () => {
    expect(() => compileFilter('Code eq', entity)).toThrow(new ExactApiError(400, "Syntax error at position 7 in 'Code eq'."));
    expect(() => compileFilter("Code eq 'open", entity)).toThrow(ExactApiError);
    expect(() => compileFilter("ID eq guid'not-a-guid'", entity)).toThrow(ExactApiError);
  });

  it('refuses unknown properties with the entity type in the message', () => {
    expect(() => compileFilter("Nope eq 'x'", accountEntity)).toThrow("No property 'Nope' exists in type 'Exact.Web.Api.Models.Account'.");
  });

  it('finds the Timestamp floor a sync read can seek to', () => {
    expect(timestampFloor(parseFilter('Timestamp gt 500L'))).toBe(500);
    expect(timestampFloor(parseFilter('Timestamp ge 500 and Timestamp gt 600'))).toBe(600);
    expect(timestampFloor(parseFilter('Timestamp ge 500'))).toBe(499);
    expect(timestampFloor(parseFilter('Timestamp gt 500 or AmountDC eq 1'))).toBe(Number.NEGATIVE_INFINITY);
  });
});
