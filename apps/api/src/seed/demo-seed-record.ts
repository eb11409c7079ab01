import { DataSource, EntityManager } from 'typeorm';

/**
 * Whether the demo organisation was seeded into this database: seedDemo records the time on the
 * organisation row it creates (organisation.demo_seeded_at, migration 1765100000000). An
 * organisation set up any other way has none, so the demo's features (the dev mailbox) stay off
 * there even with SEED_DEMO on.
 */
export async function isDemoSeeded(db: DataSource | EntityManager): Promise<boolean> {
  const [row] = await db.query(`SELECT demo_seeded_at IS NOT NULL AS seeded FROM organisation WHERE id = 1`);
  return row?.seeded === true;
}
