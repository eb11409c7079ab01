import { EntityManager } from 'typeorm';

/**
 * Set-based inserts for the seed: one `INSERT … SELECT FROM unnest(array, array, …)` per batch,
 * each column passed as one typed array parameter.
 */

export interface Column<T> {
  name: string;
  /** The PostgreSQL element type: 'uuid', 'text', 'date', 'bytea', … */
  type: string;
  value: (row: T) => unknown;
}

const BATCH = 5000;

export async function bulkInsert<T>(
  manager: EntityManager,
  table: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    await manager.query(sql, columns.map((c) => batch.map(c.value)));
  }
}
