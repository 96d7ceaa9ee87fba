import { type DataSource, type EntityManager, type QueryRunner } from 'typeorm';

export type SqlRow = Record<string, unknown>;

export interface SqlResult {
  rows: SqlRow[];
  rowCount: number;
}

/** The one thing the store needs from the database: run a parameterised statement. */
export interface SqlRunner {
  query(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
}

/**
 * Runs `work` on the caller's connection when it passes an EntityManager bound to one (e.g. the
 * manager of a transaction, so a page and its cursor commit together), otherwise on a connection
 * from the pool.
 */
export async function withSqlRunner<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (sql: SqlRunner) => Promise<T>,
): Promise<T> {
  const callerRunner = manager?.queryRunner;
  if (callerRunner !== undefined) return work(wrap(callerRunner));
  const queryRunner = dataSource.createQueryRunner();
  try {
    return await work(wrap(queryRunner));
  } finally {
    await queryRunner.release();
  }
}

/** Like withSqlRunner, but `work` runs in a transaction: the caller's if one is open, else a new one. */
export async function inTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (sql: SqlRunner) => Promise<T>,
): Promise<T> {
  const callerRunner = manager?.queryRunner;
  if (callerRunner?.isTransactionActive) return work(wrap(callerRunner));
  const queryRunner = callerRunner ?? dataSource.createQueryRunner();
  try {
    await queryRunner.startTransaction();
    try {
      const result = await work(wrap(queryRunner));
      await queryRunner.commitTransaction();
      return result;
    } catch (error) {
      await queryRunner.rollbackTransaction();
      throw error;
    }
  } finally {
    if (callerRunner === undefined) await queryRunner.release();
  }
}

function wrap(queryRunner: QueryRunner): SqlRunner {
  return {
    async query(sql, params = []) {
      const result = await queryRunner.query(sql, [...params], true);
      const rows: unknown = result.records;
      return { rows: Array.isArray(rows) ? (rows as SqlRow[]) : [], rowCount: result.affected ?? 0 };
    },
  };
}
