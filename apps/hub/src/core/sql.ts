// TypeORM's raw `query()` answers SELECT/INSERT with the rows but UPDATE/DELETE with
// `[rows, affectedCount]`. `queryRows` always gives the rows, whatever the statement.
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function queryRows<Row>(executor: SqlExecutor, sql: string, parameters: unknown[] = []): Promise<Row[]> {
  const result = await executor.query(sql, parameters);
  if (!Array.isArray(result)) return [];
  const [first, second] = result as unknown[];
  if (result.length === 2 && Array.isArray(first) && typeof second === 'number') return first as Row[];
  return result as Row[];
}
