import { type DataSource, MigrationExecutor } from 'typeorm';
import { createDataSource } from './data-source.js';

// Any constant shared by every process that migrates this database; "dhubmigr" in ASCII.
const MIGRATION_LOCK_KEY = 0x646875626d696772n;

/**
 * Applies every pending migration and returns their names, in order. Safe to run from several
 * processes at once: a session-level advisory lock serialises them, and whoever comes second
 * finds nothing pending. Each migration runs in its own transaction.
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  return withMigrationLock(databaseUrl, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/** Reverts the most recently applied migration; returns its name, or null when none was applied. */
export async function revertLastMigration(databaseUrl: string): Promise<string | null> {
  return withMigrationLock(databaseUrl, async (dataSource) => {
    // Newest first; empty when the migrations table does not exist yet.
    const [last] = await new MigrationExecutor(dataSource).getExecutedMigrations();
    if (last === undefined) return null;
    await dataSource.undoLastMigration({ transaction: 'each' });
    return last.name;
  });
}

async function withMigrationLock<T>(databaseUrl: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  // Two connections: one holds the lock for the whole run, the other runs the migrations.
  const dataSource = createDataSource(databaseUrl, { poolSize: 2, applicationName: 'debtor-hub migrate' });
  await dataSource.initialize();
  const lockHolder = dataSource.createQueryRunner();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      return await work(dataSource);
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await lockHolder.release();
    await dataSource.destroy();
  }
}
