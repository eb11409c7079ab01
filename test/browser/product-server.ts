import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { configureApp } from '../../apps/api/src/app-setup';
import { AppModule } from '../../apps/api/src/app.module';
import { isoDateInZone } from '../../apps/api/src/common/clock';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { AppSecret } from '../../apps/api/src/common/app-secret';
import { AnswerLinks } from '../../apps/api/src/responses/answer-token';
import { DemoTeam, issueDemoTeam } from '../../apps/api/src/seed/demo-team';
import { DEMO_ACCOUNTS } from '../../apps/api/src/seed/demo-accounts';
import { issueDemoAnswerLinks, seedDemo } from '../../apps/api/src/seed/seed-demo';
import { createTestDatabase } from '../support/test-database';

export const SHOTS = resolve('test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium logs every 4xx as an error; the refused links and the sign-in redirect are expected ones. */
const EXPECTED_ERRORS = /Failed to load resource: the server responded with a status of (401|404|409|410)/;

export interface Product {
  baseUrl: string;
  /** The running API, for a test that drives a job by hand (e.g. the delivery worker). */
  app: INestApplication;
  db: DataSource;
  today: string;
  links: string[];
  /** The demo manager's unit: an answer link there and a conversation on a comment of its queue (as the start prints). */
  team: DemoTeam;
  /** The invitation an answer link names (the link's token carries its id and a MAC of the app's secret). */
  invitationOf(link: string): string | null;
  consoleErrors: string[];
  newPage(viewport: { width: number; height: number }): Promise<Page>;
  signIn(page: Page, role: 'admin' | 'leader' | 'manager'): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The product as a person meets it: the built web app served by the API on one port, the demo
 * organisation in its own PostgreSQL database, real Chromium. Background jobs are off; pages
 * drive the planner and delivery through "Simulate a day".
 */
export async function startProduct(options: { env?: Record<string, string> } = {}): Promise<Product> {
  mkdirSync(SHOTS, { recursive: true });
  const database = await createTestDatabase();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const config = loadAppConfig({
    WEB_DIST: resolve('dist/web/browser'), PORT: String(port), PUBLIC_URL: baseUrl,
    SCHEDULER_INTERVAL_MINUTES: '0', DELIVERY_INTERVAL_SECONDS: '0', ALLOW_SIMULATED_DAYS: 'true',
    APP_SECRET: `browser-test-secret-${database.url}`, ...options.env,
  });
  const app: INestApplication = await NestFactory.create(AppModule.register({ config, databaseUrl: database.url }), { logger: ['error'] });
  configureApp(app, config);
  await app.listen(port, '127.0.0.1');
  const db = app.get(DataSource);
  const today = isoDateInZone(new Date(), 'Europe/Tallinn');
  await seedDemo(db, today);
  const links = await issueDemoAnswerLinks(db, app.get(AnswerLinks), today, 3);
  const team = await issueDemoTeam(db, app.get(AppSecret), today);
  if (!team) throw new Error("The demo seed gave the demo manager's unit no answer link or no conversation.");
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const consoleErrors: string[] = [];

  return {
    baseUrl, app, db, today, links, team, consoleErrors,
    invitationOf: (link) => app.get(AnswerLinks).invitationIdOf(link.split('#')[1] ?? ''),
    async newPage(viewport) {
      const page = await browser.newPage({ viewport });
      page.on('console', (m) => m.type() === 'error' && !EXPECTED_ERRORS.test(m.text()) && consoleErrors.push(`${page.url()}: ${m.text()}`));
      page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
      return page;
    },
    async signIn(page, role) {
      const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel(/email/i).fill(account.email);
      await page.getByLabel(/password/i).fill(account.password);
      await page.getByRole('button', { name: /sign in/i }).click();
      await page.waitForURL(/\/dashboard/);
    },
    shot: (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }).then(() => undefined),
    async stop() {
      await browser.close();
      await app.close();
      await database.drop();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
