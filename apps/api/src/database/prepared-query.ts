import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A named prepared statement on TypeORM's own connection pool: PostgreSQL parses and plans it
 * once per connection, and the call skips TypeORM's per-query runner. For the hottest path only
 * (answering a pulse); rows come back exactly as `DataSource.query` returns them.
 */
export async function preparedQuery<T extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as Pool;
  return (await pool.query<T>({ name, text, values })).rows;
}
