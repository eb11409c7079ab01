import { Page } from 'playwright-core';
import { Product, startProduct } from './product-server';

/*
 * HR keeps the organisation in the web app: creates a department, moves it in the tree, renames it,
 * adds an employee to it, records their notice, and is told why the department cannot be deleted
 * while someone works there. At 1440 px and on a phone. Screenshots: test-output/screenshots (org-…).
 */
describe('Organisation administration in a real browser', () => {
  let product: Product;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    page = await product.newPage({ width: 1440, height: 900 });
    await product.signIn(page, 'admin');
  });
  afterAll(async () => {
    await page?.close();
    await product?.stop();
  });

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const row = (name: string) => byTestId(`department-${name}`);
  async function choose(testId: string, option: string): Promise<void> {
    await byTestId(testId).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  const departmentOf = async (name: string) =>
    (await product.db.query(
      `SELECT d.name, p.name AS parent, d.customer_facing AS "customerFacing" FROM department d
         LEFT JOIN department p ON p.id = d.parent_id WHERE d.name = $1`,
      [name],
    ))[0];
  const noHorizontalScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('creates a department from the Administration menu, then moves and renames it', async () => {
    await page.goto(`${product.baseUrl}/dashboard`);
    await byTestId('nav-admin-menu').click();
    await byTestId('nav-departments').click();
    await page.waitForURL(/\/departments$/);
    await page.getByRole('heading', { level: 1, name: 'Departments' }).waitFor();
    await row('Customer Operations').waitFor();
    await product.shot(page, 'org-01-departments');

    await byTestId('department-new').click();
    await byTestId('department-name').fill('Field Service');
    await choose('department-parent', 'Customer Operations');
    await page.locator('[data-testid="department-customer-facing"] input').check();
    await product.shot(page, 'org-02-department-form');
    await byTestId('department-save').click();
    await row('Field Service').waitFor();
    expect(await departmentOf('Field Service')).toEqual({ name: 'Field Service', parent: 'Customer Operations', customerFacing: true });

    // Move: the department's own subtree is not offered as a parent (the API refuses it too).
    await row('Field Service').locator('[data-testid="department-edit"]').click();
    await byTestId('department-parent').click();
    expect(await page.getByRole('option', { name: 'Field Service', exact: true }).count()).toBe(0);
    await page.getByRole('option', { name: 'Stores', exact: true }).click();
    await byTestId('department-save').click();
    await byTestId('department-form').waitFor({ state: 'detached' });
    expect((await departmentOf('Field Service')).parent).toBe('Stores');

    await row('Field Service').locator('[data-testid="department-edit"]').click();
    await byTestId('department-name').fill('Field Support');
    await byTestId('department-save').click();
    await row('Field Support').waitFor();
    expect(await departmentOf('Field Support')).toEqual({ name: 'Field Support', parent: 'Stores', customerFacing: true });
    expect(await noHorizontalScroll()).toBe(true);
    await product.shot(page, 'org-03-moved-renamed');
  });

  it('adds an employee to it and records their notice date', async () => {
    await page.goto(`${product.baseUrl}/employees`);
    await byTestId('employee-new').click();
    await byTestId('employee-name').fill('Aino Väli');
    await byTestId('employee-external-id').fill('FS-001');
    await byTestId('employee-work-email').fill('aino.vali@example.test');
    await choose('employee-department', 'Field Support');
    await byTestId('employee-location').fill('Tartu');
    await choose('employee-language', 'Estonian');
    await byTestId('employee-start-date').fill('2025-03-03');
    await product.shot(page, 'org-04-employee-new');
    await byTestId('employee-save').click();
    await byTestId('employee-form').waitFor({ state: 'detached' });

    await page.getByRole('searchbox').fill('FS-001');
    await page.locator('tr.mat-mdc-row', { hasText: 'Aino Väli' }).waitFor();
    await page.locator('tr.mat-mdc-row', { hasText: 'Aino Väli' }).locator('[data-testid="employee-edit"]').click();
    await byTestId('employee-notice-date').fill(product.today);
    await byTestId('employee-end-date').fill('2025-01-31');
    await byTestId('employee-save').click();
    // The API checks the dates as the import does; its message sits under the field it names.
    const endError = page.locator('mat-form-field', { has: byTestId('employee-end-date') }).locator('mat-error');
    await endError.waitFor();
    expect(await endError.innerText()).toBe('End date 2025-01-31 is before start date 2025-03-03.');
    await page.waitForTimeout(300); // the message fades in
    await product.shot(page, 'org-05-employee-date-problem');

    await byTestId('employee-end-date').fill('');
    await byTestId('employee-save').click();
    await byTestId('employee-form').waitFor({ state: 'detached' });
    const [stored] = await product.db.query(
      `SELECT e.name, d.name AS department, e.notice_date::text AS notice, e.end_date FROM employee e
         JOIN department d ON d.id = e.department_id WHERE e.external_id = 'FS-001'`,
    );
    expect(stored).toEqual({ name: 'Aino Väli', department: 'Field Support', notice: product.today, end_date: null });
    await page.locator('tr.mat-mdc-row', { hasText: 'Aino Väli' }).getByText('Separation').waitFor();
    expect(await noHorizontalScroll()).toBe(true);
    await product.shot(page, 'org-06-notice-recorded');
  });

  it('refuses to delete the department while someone works there, and says why', async () => {
    await page.goto(`${product.baseUrl}/departments`);
    await row('Field Support').locator('[data-testid="department-delete"]').click();
    const reason = row('Field Support').locator('[data-testid="department-delete-error"]');
    await reason.waitFor();
    expect(await reason.innerText()).toBe('Field Support still has 1 employee. Move it to another department first.');
    expect(await departmentOf('Field Support')).toBeDefined();
    await product.shot(page, 'org-07-delete-refused');
  });

  it('stays usable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await row('Field Support').waitFor();
    expect(await noHorizontalScroll()).toBe(true);
    await product.shot(page, 'org-08-phone-departments');

    await page.goto(`${product.baseUrl}/employees`);
    await byTestId('employee-new').click();
    await byTestId('employee-form').waitFor();
    expect(await noHorizontalScroll()).toBe(true);
    await product.shot(page, 'org-09-phone-employee-form');
    expect(product.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
