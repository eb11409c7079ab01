import { addDays } from '@ex-pulse/domain';
import { Page } from 'playwright-core';
import { Product, startProduct } from './product-server';

/** The HR set-up pages sit in the top bar's "Administration" menu. */
async function openAdminPage(page: Page, name: RegExp): Promise<void> {
  await page.locator('[data-testid="nav-admin-menu"]').click();
  await page.getByRole('menuitem', { name }).click();
}

/** Issue 3's "done": move the clock, watch invitations being created, mailed, answered and counted. */
describe('EX Pulse in a real browser: programmes, a simulated day, the mailbox, an answer counted', () => {
  let product: Product;

  beforeAll(async () => {
    product = await startProduct();
  });
  afterAll(() => product?.stop());

  it('shows the programmes and a preview of what employees get', async () => {
    const page = await product.newPage({ width: 1366, height: 900 });
    await product.signIn(page, 'admin');
    await openAdminPage(page, /programmes/i);
    await page.getByText(/Days 7, 30, 60, 90 after start/).first().waitFor();
    await product.shot(page, '08-programmes');
    await page.getByRole('link', { name: /edit quarterly pulse/i }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}/);
    await page.frameLocator('iframe').first().getByText(/Nordlight Retail/).first().waitFor();
    await product.shot(page, '09-programme-preview');

    await openAdminPage(page, /programmes/i);
    await page.getByRole('link', { name: /send quarterly pulse now/i }).click();
    await page.waitForURL(/\/campaign$/);
    await page.getByLabel(/location/i).fill('Tartu');
    await page.getByText(/people will receive it now/).first().waitFor();
    await product.shot(page, '13-campaign-count');
    await page.getByRole('button', { name: /^send/i }).click();
    await page.getByRole('button', { name: /yes, send now/i }).click();
    await page.getByText(/invitations sent/).first().waitFor();
    await product.shot(page, '14-campaign-sent');
    const [sent] = await product.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE lower(e.location) <> 'tartu')::int AS elsewhere
         FROM invitation i JOIN employee e ON e.id = i.employee_id WHERE i.occurrence_key LIKE 'campaign-%'`,
    );
    expect(sent.n).toBeGreaterThan(0);
    expect(sent.elsewhere).toBe(0);
    await page.close();
  });

  it('simulates working days until invitations go out, answers one from the mailbox, and sees it counted', async () => {
    const page = await product.newPage({ width: 1366, height: 900 });
    await product.signIn(page, 'admin');
    await openAdminPage(page, /delivery/i);
    await page.waitForURL(/\/delivery/);
    // Mails of a pulse that asks the eNPS question (on some days the first to go out are internal service pulses only).
    const mails = async () =>
      (await product.db.query(`SELECT count(*)::int AS n FROM dev_mail WHERE subject !~* '(internal service|sisekliendi)'`))[0].n as number;
    let day = product.today;
    for (let tries = 0; tries < 10 && (await mails()) === 0; tries++) {
      do day = addDays(day, 1);
      while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay()));
      await page.locator('input[type=date]').last().fill(day);
      await page.getByRole('button', { name: /^simulate$/i }).click();
      await page.getByText(new RegExp(`invitations? planned|weekend`)).first().waitFor();
    }
    expect(await mails()).toBeGreaterThan(0);
    await product.shot(page, '10-delivery-simulated');

    await openAdminPage(page, /mailbox/i);
    await page.waitForURL(/\/mailbox/);
    // A pulse that asks the eNPS question (the internal service pulse asks about providers instead).
    await page.locator('button.open').filter({ hasNotText: /internal service|sisekliendi/i }).first().click();
    const link = page.locator('a[href*="/s#"]').first();
    await link.waitFor();
    await product.shot(page, '11-mailbox');
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${product.baseUrl}/s#[A-Za-z0-9_-]{64}$`));

    const phone = await product.newPage({ width: 390, height: 844 });
    await phone.goto(href!);
    await phone.getByRole('radio', { name: '9', exact: true }).click();
    await phone.getByRole('button', { name: /send|saada/i }).click();
    await phone.getByRole('heading', { name: /thank|aitäh/i }).waitFor();
    await phone.close();

    // The invitation the link names (the mailbox may also hold the demo's mails of today, so the
    // link need not be of the simulated day).
    const invitation = product.invitationOf(href!);
    const state = async () => (await product.db.query(`SELECT answered, opened FROM invitation WHERE id = $1`, [invitation]))[0];
    // Held, sealed, until the day ends (AnswerInbox): opened, not yet counted.
    expect(await state()).toEqual({ answered: false, opened: true });

    await openAdminPage(page, /delivery/i);
    await page.waitForURL(/\/delivery/);
    await page.getByRole('table').first().waitFor();
    // The next working day: simulating it first writes the answers of the days before.
    do day = addDays(day, 1);
    while ([0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay()));
    await page.locator('input[type=date]').last().fill(day);
    await page.getByRole('button', { name: /^simulate$/i }).click();
    for (let wait = 0; wait < 40 && !(await state()).answered; wait++) await page.waitForTimeout(250);
    expect(await state()).toEqual({ answered: true, opened: true });
    await product.shot(page, '12-delivery-answered');
    await page.close();
  });

  it('loaded every page without console errors (no CSP violations)', () => {
    expect(product.consoleErrors).toEqual([]);
  });
});
