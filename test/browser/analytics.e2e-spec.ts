import { Page } from 'playwright-core';
import { Product, startProduct } from './product-server';

/*
 * A leader with five minutes, on the demo data: find the weakest unit, see whether it is really
 * weaker, read what its people say and export it; then every other dashboard page, with filters.
 * Screenshots land in test-output/screenshots (20-… onwards).
 */
describe('Analytics dashboards in a real browser, on the demo data', () => {
  let product: Product;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    page = await product.newPage({ width: 1366, height: 900 });
    await page.goto(`${product.baseUrl}/dashboard`);
    await page.waitForURL(/\/login/);
    await product.signIn(page, 'leader');
    await page.waitForURL(/\/dashboard\/overview/);
  });
  afterAll(async () => {
    await page?.close();
    await product?.stop();
  });

  const query = () => new URL(page.url()).searchParams;

  it('shows the overview with its interval, change and trend, and follows the filters in the URL', async () => {
    await page.getByText(/95% CI/).first().waitFor();
    await page.locator('[data-testid="enps-change"]').waitFor();
    await page.waitForTimeout(1500); // the trend line draws itself in
    await product.shot(page, '20-overview');

    const department = page.locator('[data-testid="filter-department"]');
    await department.selectOption({ label: await optionLabel(department, /Customer Support/) });
    await page.waitForURL(/department=/);
    await page.locator('[data-testid="granularity-week"]').click();
    await page.waitForURL(/granularity=week/);
    await page.getByText(/95% CI/).first().waitFor();
    await page.waitForTimeout(400);
    await product.shot(page, '21-overview-department-weekly');

    // The URL is the state: opening it afresh shows the same view.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    const chosen = query().get('department')!;
    // The options arrive from the API after the page: wait until the select shows the URL's choice.
    await page.waitForFunction(
      (id) => (document.querySelector('[data-testid="filter-department"]') as HTMLSelectElement | null)?.value === id,
      chosen,
    );
    await page.locator('[data-testid="filter-clear"]').click();
    await page.waitForURL((url) => !url.searchParams.has('department'));
  });

  it('finds the weakest unit, checks it against the others, reads its comments and exports them', async () => {
    await page.goto(`${product.baseUrl}/dashboard/units`);
    const lowest = page.locator('[data-testid="unit-row"][data-lowest="true"]');
    await lowest.waitFor();
    const unitId = await lowest.getAttribute('data-unit');
    const unitName = (await lowest.locator('th').innerText()).trim();
    expect(unitId).toMatch(/^[0-9a-f-]{36}$/);
    await page.waitForTimeout(400);
    await product.shot(page, '22-units');

    // Is it really weaker? Its interval against the reference, as the API computed it.
    const units = await (await page.request.get(`${product.baseUrl}/api/analytics/units?${query()}`)).json();
    const weakest = units.units.find((u: { key: string }) => u.key === unitId);
    expect(weakest.enps).toBe(Math.min(...units.units.filter((u: { withheld: unknown }) => !u.withheld).map((u: { enps: number }) => u.enps)));

    await page.locator('[data-testid="filter-department"]').selectOption(unitId!);
    await page.waitForURL(new RegExp(`department=${unitId}`));
    await page.locator('[data-testid="view-comments"]').click();
    await page.waitForURL(/\/dashboard\/comments/);
    await page.locator('[data-testid="comment"]').first().waitFor();
    await product.shot(page, '23-comments-of-weakest');
    const search = page.locator('[data-testid="comments-search"]');
    await search.fill('pay');
    await search.press('Enter');
    await page.waitForURL(/q=pay/);
    await page.waitForTimeout(400);
    await product.shot(page, '24-comments-search');

    const href = await page.locator('[data-testid="export-csv"]').first().getAttribute('href');
    expect(href).toContain('/api/analytics/export/comments.csv');
    const csv = await page.request.get(new URL(href!, product.baseUrl).toString());
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toBe('quarter,sentiment,band,department,comment');
    expect(unitName.length).toBeGreaterThan(0);
  });

  it('draws the heatmaps by phase and by driver, withheld cells as withheld', async () => {
    await page.goto(`${product.baseUrl}/dashboard/heatmap`);
    const grid = page.locator('[data-testid="heatmap"]');
    await grid.waitFor();
    expect(await grid.locator('td[data-column]').count()).toBeGreaterThan(10);
    expect(await grid.locator('td[data-withheld]').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await product.shot(page, '25-heatmap-phases');
    await page.locator('[data-testid="heatmap-by-driver"] button').click();
    await page.waitForURL(/by=driver/);
    await grid.locator('td[data-column="recognition"]').first().waitFor();
    await page.waitForTimeout(300);
    await product.shot(page, '26-heatmap-drivers');
  });

  it('pools the phase reports and lists the alerts', async () => {
    await page.goto(`${product.baseUrl}/dashboard/phases`);
    await page.locator('[data-testid="pool-12"]').click();
    await page.waitForURL(/pool=12/);
    await page.getByText(/Pooled over/).waitFor();
    await page.waitForTimeout(300);
    await product.shot(page, '27-phases-pooled');
    await page.goto(`${product.baseUrl}/dashboard/alerts`);
    await page.locator('[data-testid="alerts-threshold"]').waitFor();
    await page.waitForTimeout(300);
    await product.shot(page, '28-alerts');
  });

  it('shows the lifecycle tracker and an employee page without answers', async () => {
    await page.goto(`${product.baseUrl}/lifecycle`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(600);
    await product.shot(page, '29-lifecycle');
    const [employee] = await product.db.query(`SELECT id FROM employee WHERE notice_date IS NOT NULL ORDER BY external_id LIMIT 1`);
    await page.goto(`${product.baseUrl}/lifecycle/employees/${employee.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(400);
    await product.shot(page, '30-employee-lifecycle');
    expect(await page.locator('main').innerText()).not.toMatch(/\bscore\b/i);
  });

  it('loaded every page without console errors', () => {
    expect(product.consoleErrors).toEqual([]);
  });
});

async function optionLabel(select: ReturnType<Page['locator']>, pattern: RegExp): Promise<string> {
  const labels = await select.locator('option').allInnerTexts();
  const label = labels.find((l) => pattern.test(l));
  if (!label) throw new Error(`No option matches ${pattern}: ${labels.join(' | ')}`);
  return label;
}
