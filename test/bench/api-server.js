'use strict';
/**
 * A child process for the benchmarks: the compiled EX Pulse API (AppModule and configureApp, as
 * main.ts starts it), on BENCH_PORT, against BENCH_DATABASE_URL, with the clock fixed at
 * BENCH_NOW and the background jobs off. It answers the parent's 'cpu' message with its own
 * process.cpuUsage(), so the load generator's CPU is not counted.
 */
require('reflect-metadata');
const { api, BENCH_APP_SECRET } = require('./dist');

async function main() {
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = api('app.module');
  const { configureApp } = api('app-setup');
  const { loadAppConfig } = api('config/app-config');
  const { Clock } = api('common/clock');
  const now = new Date(process.env.BENCH_NOW);
  class FixedClock extends Clock {
    now() {
      return new Date(now);
    }
  }
  const config = loadAppConfig({
    PORT: process.env.BENCH_PORT, HOST: '127.0.0.1', SEED_DEMO: 'false', COOKIE_SECURE: 'false',
    SCHEDULER_INTERVAL_MINUTES: '0', DELIVERY_INTERVAL_SECONDS: '0', WEB_DIST: '/nonexistent',
    DATABASE_URL: process.env.BENCH_DATABASE_URL, APP_SECRET: BENCH_APP_SECRET,
    // The answering benchmark sends hundreds of answers a second from one address.
    SURVEY_MAX_REQUESTS_PER_MINUTE: '0',
  });
  const app = await NestFactory.create(
    AppModule.register({ config, databaseUrl: process.env.BENCH_DATABASE_URL, clock: new FixedClock() }),
    { logger: ['error'] },
  );
  configureApp(app, config);
  await app.listen(config.port, '127.0.0.1');
  process.on('message', async (message) => {
    if (message === 'cpu') process.send({ cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
    if (message === 'stop') {
      await app.close().catch(() => undefined);
      process.exit(0);
    }
  });
  process.send({ ready: config.port });
}

main().catch((error) => {
  console.error(`api-server: ${error.stack ?? error}`);
  process.exit(1);
});
