import { Page } from 'playwright-core';
import { Product, startProduct } from './product-server';

/*
 * HR reads the HR system's own export through a column mapping (its headers, DD.MM.YYYY, "CS" for
 * Customer Support), sees the first rows with their problems before anything is written, imports
 * the fixed file, then decides a sync the safety stop held. Screenshots: test-output/screenshots (50-…).
 */
const HEADER = 'Personal ID;Full name;E-mail;Org unit;Office;Hire date;Termination date;Lang;Salary';
const exportOf = (...rows: string[]) => Buffer.from('\ufeff' + [HEADER, ...rows].join('\r\n') + '\r\n');
const GOOD = [
  'HR-9001;Kadri Saar;kadri.saar@example.com;CS;Tallinn;02.11.2026;;EE;3100',
  'HR-9002;Tõnu Lepp;tonu.lepp@example.com;CS;Tartu;16.11.2026;;EN;2950',
];
const BAD = [GOOD[0], 'HR-9002;Tõnu Lepp;tonu.lepp@example.com;CS;Tartu;2026-11-16;;EN;2950'];

describe('Column mapping and syncs in a real browser', () => {
  let product: Product;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    page = await product.newPage({ width: 1366, height: 900 });
    await product.signIn(page, 'admin');
  });
  afterAll(async () => {
    await page?.close();
    await product?.stop();
  });

  async function choose(testId: string, option: string): Promise<void> {
    await page.locator(`[data-testid="${testId}"]`).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function upload(file: Buffer): Promise<void> {
    await page.locator('[data-testid="mapping-file"]').setInputFiles({ name: 'hr-export.csv', mimeType: 'text/csv', buffer: file });
    await page.locator('[data-testid="mapping-header"]').waitFor();
  }

  it('maps the HR export\'s columns and previews its rows with their problems, writing nothing', async () => {
    await page.goto(`${product.baseUrl}/employees`);
    await page.getByText('Import employees from CSV').click();
    await page.locator('[data-testid="link-mapping"]').click();
    await page.waitForURL(/\/employees\/mapping/);
    await page.getByRole('heading', { level: 1, name: 'Column mapping' }).waitFor();

    await upload(exportOf(...BAD));
    expect(await page.locator('[data-testid="mapping-header"]').innerText()).toContain('9 columns found: Personal ID, Full name');
    for (const [field, column] of [
      ['external_id', 'Personal ID'], ['name', 'Full name'], ['work_email', 'E-mail'], ['department', 'Org unit'],
      ['location', 'Office'], ['language', 'Lang'], ['start_date', 'Hire date'], ['end_date', 'Termination date'],
    ]) await choose(`column-${field}`, column);
    await page.locator('[data-testid="format-DD.MM.YYYY"]').click();
    await page.locator('[data-testid="add-department"]').click();
    await page.locator('[data-testid="values-department"] input').nth(0).fill('CS');
    await page.locator('[data-testid="values-department"] input').nth(1).fill('Customer Support');
    await page.locator('[data-testid="add-language"]').click();
    await page.locator('[data-testid="values-language"] input').nth(0).fill('EE');
    await page.locator('[data-testid="values-language"] input').nth(1).fill('et');

    await page.locator('[data-testid="save-preview"]').click();
    await page.locator('[data-testid="preview-table"]').waitFor();
    expect(await page.locator('[data-testid="preview-summary"]').innerText()).toBe('2 rows, 1 can be imported; the first 2 as they would be imported:');
    const rows = page.locator('[data-testid="preview-table"] tbody tr');
    expect(await rows.nth(0).locator('td').allInnerTexts()).toEqual(['2', 'HR-9001', 'Kadri Saar', 'Customer Support', 'Tallinn', 'et', '2026-11-02', '', '✓']);
    expect(await rows.nth(1).innerText()).toContain('Hire date "2026-11-16" is not a date in the form DD.MM.YYYY.');
    expect(await page.locator('[data-testid="import-mapped"]').isDisabled()).toBe(true);
    expect(await product.db.query(`SELECT 1 FROM employee WHERE external_id LIKE 'HR-%'`)).toEqual([]);
    await page.waitForTimeout(300);
    await product.shot(page, '50-column-mapping-preview');
  });

  it('keeps the mapping for the next file, and imports it', async () => {
    await page.reload();
    await page.locator('[data-testid="mapping-saved"]').waitFor();
    await upload(exportOf(...GOOD));
    await page.locator('[data-testid="save-preview"]').click();
    await page.locator('[data-testid="preview-table"]').waitFor();
    expect(await page.locator('[data-testid="preview-summary"]').innerText()).toBe('2 rows, 2 can be imported; the first 2 as they would be imported:');
    await page.locator('[data-testid="import-mapped"]').click();
    await page.locator('[data-testid="import-result"]').waitFor();
    expect(await page.locator('[data-testid="import-result"]').innerText()).toBe('Import done: 2 created, 0 updated.');
    const stored = await product.db.query(
      `SELECT e.external_id, d.name AS department, e.language, e.start_date::text AS start FROM employee e JOIN department d ON d.id = e.department_id
        WHERE external_id LIKE 'HR-%' ORDER BY 1`,
    );
    expect(stored).toEqual([
      { external_id: 'HR-9001', department: 'Customer Support', language: 'et', start: '2026-11-02' },
      { external_id: 'HR-9002', department: 'Customer Support', language: 'en', start: '2026-11-16' },
    ]);
    await product.shot(page, '51-column-mapping-imported');
  });

  it('shows a sync the safety stop held, and discards it', async () => {
    await page.goto(`${product.baseUrl}/employees/syncs`);
    await page.getByRole('heading', { level: 1, name: 'Syncs' }).waitFor();
    await page.locator('[data-testid="syncs-none"]').waitFor();
    await page.getByLabel('Key name').fill('Personio');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.locator('code').innerText();

    // The HR system sends a list of two: everyone else would end — far above 20%.
    const res = await fetch(`${product.baseUrl}/api/employees/sync`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'text/csv' },
      body: exportOf(...GOOD).toString(),
    });
    expect(res.status).toBe(202);

    await page.reload();
    await page.locator('[data-testid="sync-held"]').waitFor();
    expect(await page.locator('[data-testid="syncs-table"]').innerText()).toMatch(/The sync would end \d+ of \d+ current employees/);
    await page.waitForTimeout(300);
    await product.shot(page, '52-syncs-held');

    await page.locator('[data-testid="discard-sync"]').click();
    await page.locator('[data-testid="sync-discarded"]').waitFor();
    const [{ ended }] = await product.db.query(`SELECT count(*)::int AS ended FROM employee WHERE end_date = $1`, [product.today]);
    expect(ended).toBe(0);
    await product.shot(page, '53-syncs-discarded');
    expect(product.consoleErrors).toEqual([]);
  });
});
