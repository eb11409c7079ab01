import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { configureApp } from '../../apps/api/src/app-setup';
import { AppModule } from '../../apps/api/src/app.module';
import { isoDateInZone } from '../../apps/api/src/common/clock';
import { loadAppConfig } from '../../apps/api/src/config/app-config';
import { DEMO_ACCOUNTS } from '../../apps/api/src/seed/demo-accounts';
import { issueDemoAnswerLinks, seedDemo } from '../../apps/api/src/seed/seed-demo';
import { createTestDatabase } from '../support/test-database';

/**
 * The product as a person meets it: the built web app served by the API on one port, the demo
 * organisation in a real PostgreSQL, real Chromium. Screenshots go to test-output/screenshots.
 */
const SHOTS = resolve('test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('EX Pulse in a real browser', () => {
  let app: INestApplication;
  let dropDatabase: () => Promise<void>;
  let browser: Browser;
  let baseUrl: string;
  let links: string[];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    const config = loadAppConfig({
      WEB_DIST: resolve('dist/web/browser'), SCHEDULER_INTERVAL_MINUTES: '0', DELIVERY_INTERVAL_SECONDS: '0',
    });
    app = await NestFactory.create(AppModule.register({ config, databaseUrl: database.url }), { logger: ['error'] });
    configureApp(app, config);
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://localhost:${app.getHttpServer().address().port}`;
    const db = app.get(DataSource);
    const today = isoDateInZone(new Date(), 'Europe/Tallinn');
    await seedDemo(db, today);
    links = await issueDemoAnswerLinks(db, today, 3);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await dropDatabase?.();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    // Chromium logs every 4xx as an error; the refused links and the sign-in redirect are expected ones.
    const expected = /Failed to load resource: the server responded with a status of (401|404|409|410)/;
    page.on('console', (m) => m.type() === 'error' && !expected.test(m.text()) && consoleErrors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
    return page;
  }

  it('signs the demo HR admin in and shows the dashboard with numbers, then the employees page', async () => {
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
    const page = await newPage({ width: 1366, height: 900 });
    await page.goto(`${baseUrl}/dashboard`);
    await page.waitForURL(/\/login/);
    await page.getByLabel(/email/i).fill(admin.email);
    await page.getByLabel(/password/i).fill(admin.password);
    await page.screenshot({ path: join(SHOTS, '01-login.png') });
    await page.getByRole('button', { name: /sign in/i }).click();

    await page.waitForURL(/\/dashboard/);
    await page.getByText(/95% CI/).first().waitFor();
    const headline = await page.locator('main').innerText();
    expect(headline).toMatch(/n = \d+/);
    expect(headline).toMatch(/Customer Support/);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, '02-dashboard.png'), fullPage: true });

    await page.getByRole('link', { name: /employees/i }).click();
    await page.waitForURL(/\/employees/);
    await page.getByRole('table').waitFor();
    await page.getByRole('cell', { name: /onboarding|ongoing development/i }).first().waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, '03-employees.png'), fullPage: true });
    await page.close();
  });

  it('lets an employee answer from a link on a phone, then refuses the used link', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/s#${links[0]}`);
    const eight = page.getByRole('radio', { name: '8', exact: true });
    await eight.waitFor();
    await page.screenshot({ path: join(SHOTS, '04-answer-page.png'), fullPage: true });
    await eight.click();
    await page.getByRole('textbox').fill('Good team, more time for training would help.');
    await page.screenshot({ path: join(SHOTS, '05-answer-filled.png'), fullPage: true });
    await page.getByRole('button', { name: /send|saada/i }).click();
    await page.getByRole('heading', { name: /thank|aitäh/i }).waitFor();
    await page.screenshot({ path: join(SHOTS, '06-thank-you.png'), fullPage: true });

    await page.goto('about:blank');
    await page.goto(`${baseUrl}/s#${links[0]}`);
    await page.getByRole('alert').filter({ hasText: /already|juba/i }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, '07-used-link.png'), fullPage: true });

    await page.goto('about:blank');
    await page.goto(`${baseUrl}/s#not-a-real-token`);
    await page.getByRole('alert').filter({ hasText: /not valid|ei kehti|vigane/i }).first().waitFor();
    await page.close();
  });

  it('loaded every page without console errors (no CSP violations)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
