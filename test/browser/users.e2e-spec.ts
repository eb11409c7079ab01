import { Page } from 'playwright-core';
import { DeliveryService } from '../../apps/api/src/delivery/delivery.service';
import { TestSmtpServer } from '../api/delivery-smtp-server';
import { Product, startProduct } from './product-server';

/*
 * HR invites a manager from the Users page; the invitee opens the link from the email the real
 * (in-process) SMTP server received, sets a password on a phone, and signs in to their part of the
 * organisation. Screenshots 40-… in test-output/screenshots.
 */
describe('Users page in a real browser: invite a manager, who sets a password and signs in', () => {
  const smtp = new TestSmtpServer();
  const invitee = 'kristi.kask@example.test';
  const password = 'kevadine metsatukk 2026';
  let product: Product;
  let admin: Page;
  let link = '';

  beforeAll(async () => {
    await smtp.start(0);
    product = await startProduct({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'EX Pulse <pulse@example.test>' } });
    admin = await product.newPage({ width: 1366, height: 900 });
    await product.signIn(admin, 'admin');
  });
  afterAll(async () => {
    await admin?.close();
    await product?.stop();
    await smtp.stop();
  });

  it('lists the accounts and invites a manager scoped to a department', async () => {
    await admin.locator('[data-testid="nav-admin-menu"]').click();
    await admin.getByRole('menuitem', { name: 'Users', exact: true }).click();
    await admin.waitForURL(/\/users$/);
    await admin.getByRole('cell', { name: /hr@demo\.expulse\.local/ }).waitFor();
    await product.shot(admin, '40-users');

    await admin.getByRole('button', { name: 'Invite someone' }).click();
    await admin.getByLabel('Email', { exact: true }).fill(invitee);
    await admin.getByLabel('Name', { exact: true }).fill('Kristi Kask');
    await admin.locator('[data-testid="user-scope"]').click();
    await admin.getByRole('option', { name: 'Customer Support', exact: true }).click();
    await product.shot(admin, '41-users-invite-form');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').filter({ hasText: `Invitation sent to ${invitee}` }).waitFor();
    const row = admin.locator(`tr[data-email="${invitee}"]`);
    await row.getByText('Invited', { exact: true }).waitFor();
    await row.getByText('Customer Support').waitFor();
    await product.shot(admin, '42-users-invited');
  });

  it('lets the invitee set a password on a phone from the emailed link, and sign in', async () => {
    await product.app.get(DeliveryService).deliverDue();
    const mail = smtp.to(invitee).at(-1);
    expect(mail?.subject).toMatch(/You are invited to EX Pulse/);
    link = mail!.text.match(/http:\/\/localhost:\d+\/set-password#[A-Za-z0-9_-]{64}/)![0];

    const phone = await product.newPage({ width: 390, height: 844 });
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Set your password' }).waitFor();
    await phone.getByText(`For ${invitee}`).waitFor();
    await phone.getByLabel('New password').fill(password);
    await phone.getByLabel('Repeat the password').fill(password);
    await product.shot(phone, '43-set-password-phone');
    await phone.getByRole('button', { name: 'Save password' }).click();
    await phone.getByRole('heading', { name: 'Your password is set' }).waitFor();
    await product.shot(phone, '44-password-set-phone');

    await phone.getByRole('link', { name: 'Sign in' }).click();
    await phone.waitForURL(/\/login/);
    await phone.getByLabel(/email/i).fill(invitee);
    await phone.getByLabel(/password/i).fill(password);
    await phone.getByRole('button', { name: /sign in/i }).click();
    await phone.waitForURL(/\/dashboard/);
    const me = await phone.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
    expect(me).toMatchObject({ email: invitee, role: 'manager' });
    const [{ id: support }] = await product.db.query(`SELECT id FROM department WHERE name = 'Customer Support'`);
    expect(me.scopeDepartmentId).toBe(support);
    await phone.waitForTimeout(1000);
    await product.shot(phone, '45-invitee-signed-in-phone');

    // The same link again: refused, with what to do.
    await phone.goto('about:blank');
    await phone.goto(link);
    await phone.getByRole('alert').filter({ hasText: /used already/ }).waitFor();
    await product.shot(phone, '46-used-link-phone');
    await phone.close();

    await admin.reload();
    await admin.locator(`tr[data-email="${invitee}"]`).getByText('Active', { exact: true }).waitFor();
  });

  it('shows the audit log of these changes, and the forgot-password page', async () => {
    await admin.goto(`${product.baseUrl}/audit-log`);
    await admin.getByRole('cell', { name: 'Invited a user' }).waitFor();
    await admin.getByRole('cell', { name: 'Set their password' }).waitFor();
    await product.shot(admin, '47-audit-log');

    // The Users page on a phone: one card per account.
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.goto(`${product.baseUrl}/users`);
    await admin.locator(`tr[data-email="${invitee}"]`).getByText('Active', { exact: true }).waitFor();
    await product.shot(admin, '49-users-phone');
    await admin.setViewportSize({ width: 1366, height: 900 });

    const phone = await product.newPage({ width: 390, height: 844 });
    await phone.goto(`${product.baseUrl}/login`);
    await phone.getByRole('link', { name: 'Forgot your password?' }).click();
    await phone.waitForURL(/\/forgot-password/);
    await phone.getByLabel(/email/i).fill(invitee);
    await phone.getByRole('button', { name: 'Send me a link' }).click();
    await phone.getByRole('status').filter({ hasText: /on its way/ }).waitFor();
    await product.shot(phone, '48-forgot-password-phone');
    await phone.close();
  });

  it('loaded every page without console errors', () => {
    expect(product.consoleErrors).toEqual([]);
  });
});
