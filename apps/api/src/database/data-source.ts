import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { entities } from './entities';

/** TypeORM options for EX Pulse: migrations only, never synchronize. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Failed queries surface as errors: the expected ones become 4xx, the rest are logged by Nest.
    logging: false,
    extra: {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // An unreachable server (no answer at all) fails a request within this, as 503, instead of hanging it.
      connectionTimeoutMillis: 10_000,
    },
    // TypeORM's pool listens for 'error' itself (an idle client's error would otherwise crash the
    // process when PostgreSQL restarts) and the pool drops a broken client: it reconnects by itself.
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}

/** Connects and brings the schema up to date. */
export async function openDatabase(url: string): Promise<DataSource> {
  const dataSource = await createDataSource(url).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
