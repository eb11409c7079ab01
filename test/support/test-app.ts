import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureApp } from '../../apps/api/src/app-setup';
import { AppModule } from '../../apps/api/src/app.module';
import { Clock } from '../../apps/api/src/common/clock';
import { AppConfig, loadAppConfig } from '../../apps/api/src/config/app-config';
import { AnswerInbox } from '../../apps/api/src/responses/answer-inbox';
import { createTestDatabase } from './test-database';

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  clock: TestClock;
  config: AppConfig;
  /** The test's own database, for opening more connections to it (e.g. a second instance). */
  databaseUrl: string;
  /** Writes every answer held in the inbox, today's too (the product waits for the day's end). */
  writeHeldAnswers(): Promise<number>;
  close(): Promise<void>;
}

/** The whole API over HTTP against its own fresh PostgreSQL database (no mocks). */
export async function createTestApp(
  options: { now?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Background jobs off: tests run the planner and the delivery worker by hand, with a moved clock.
  const config = loadAppConfig({
    WEB_DIST: '/nonexistent', SCHEDULER_INTERVAL_MINUTES: '0', DELIVERY_INTERVAL_SECONDS: '0',
    APP_SECRET: `test-secret-${database.url}`, ...options.env,
  });
  const clock = new TestClock(new Date(options.now ?? '2026-06-15T09:00:00Z'));
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register({ config, databaseUrl: database.url, clock })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureApp(app, config);
  await app.init();
  const db = app.get(DataSource);
  await db.query(`INSERT INTO organisation (name, time_zone) VALUES ('Testorg', 'Europe/Tallinn') ON CONFLICT DO NOTHING`);
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    clock,
    config,
    databaseUrl: database.url,
    writeHeldAnswers: () => app.get(AnswerInbox).flushDaysBefore('9999-12-31'),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
