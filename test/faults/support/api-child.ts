import 'reflect-metadata';
import { Clock } from '../../../apps/api/src/common/clock';
import { loadAppConfig } from '../../../apps/api/src/config/app-config';
import { openDatabase } from '../../../apps/api/src/database/data-source';
import { startServer, stopOnSignals } from '../../../apps/api/src/server';

/**
 * The API as `npm start` runs it (startServer, stopOnSignals: main.ts less the demo seed), in a
 * child process the fault tests can kill, signal and restart. Configured by the environment like
 * the real server; FAULT_CLOCK_OFFSET_MS moves its clock (the same offset on every restart, so
 * time goes on), so planning and sending can run on a chosen working day.
 */
class OffsetClock extends Clock {
  constructor(private readonly offsetMs: number) {
    super();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadAppConfig();
  const server = await startServer(config, {
    say,
    clock: new OffsetClock(Number(process.env.FAULT_CLOCK_OFFSET_MS ?? 0)),
    prepare: async (url) => void (await (await openDatabase(url)).destroy()),
    postgresLog: (line) => process.stderr.write(`[postgres] ${line}\n`),
  });
  stopOnSignals(server, config.shutdownGraceSeconds, say);
  say(`READY ${config.port} ${server.databaseUrl}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`api-child: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
