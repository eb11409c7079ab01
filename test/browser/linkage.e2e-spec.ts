import { Page } from 'playwright-core';
import { Product, startProduct } from './product-server';

/*
 * A leader asks whether units with happier employees have happier customers, on the demo data:
 * the scatter, the quadrants and the correlations, then a later lag and another customer metric.
 * Screenshots land in test-output/screenshots (40-…).
 */
describe('Employees & customers in a real browser, on the demo data', () => {
  let product: Product;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct();
    page = await product.newPage({ width: 1366, height: 900 });
    await product.signIn(page, 'leader');
  });
  afterAll(async () => {
    await page?.close();
    await product?.stop();
  });

  const query = () => new URL(page.url()).searchParams;
  const CI = /^−?\d\.\d{2} \(−?\d\.\d{2} to −?\d\.\d{2}\)$/;

  async function expectPanels(): Promise<void> {
    await page.locator('[data-testid="linkage-scatter"]').waitFor();
    expect(await page.locator('[data-testid="scatter-bubble"]').count()).toBeGreaterThanOrEqual(4);
    const placed = await page.locator('[data-testid^="quadrant-"] li[data-unit]').count();
    expect(placed).toBe(await page.locator('[data-testid="scatter-bubble"]').count());
    for (const q of ['high_ex_high_cx', 'low_ex_low_cx']) {
      expect(await page.locator(`[data-testid="quadrant-${q}"] li[data-unit]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-testid="correlation-row"]').count()).toBe(4);
    expect(await page.locator('[data-testid="correlation-row"][data-selected="true"]').getAttribute('data-lag')).toBe(query().get('lag') ?? '0');
    // Every lag shows its counts, and per side either the coefficient with its interval or why it is withheld.
    for (const row of await page.locator('[data-testid="correlation-row"]').all()) {
      const cells = await row.locator('td').allInnerTexts();
      const [units, observations] = [Number(cells[0]), Number(await row.locator('td.group-start').innerText())];
      expect(units).toBeGreaterThan(0);
      if (await row.locator('[data-testid="corr-r"]').count()) await expect(row.locator('[data-testid="corr-r"]').innerText()).resolves.toMatch(CI);
      else await expect(row.locator('[data-testid="corr-between-withheld"]').innerText()).resolves.toBe(`Not shown: ${units} units have months with both scores; at least 10 units are needed.`);
      if (await row.locator('[data-testid="corr-rm"]').count()) await expect(row.locator('[data-testid="corr-rm"]').innerText()).resolves.toMatch(CI);
      else await expect(row.locator('[data-testid="corr-within-withheld"]').innerText()).resolves.toBe(`Not shown: ${observations} unit-months; at least 30 are needed.`);
    }
    expect(await page.locator('[data-testid="sentence-between"]').innerText()).toMatch(/Across \d+ units|Not shown/);
    await expect(page.locator('[data-testid="linkage-caution"]').innerText()).resolves.toContain('Correlation is not causation');
  }

  it('opens from the navigation and shows the scatter, quadrants and correlations', async () => {
    await page.getByRole('link', { name: 'Employees & customers' }).click();
    await page.waitForURL(/\/linkage/);
    await page.getByRole('heading', { level: 1, name: 'Employees & customers' }).waitFor();
    await page.locator('[data-testid="linkage-scope"], [data-testid="linkage-empty"]').first().waitFor();
    expect(await page.locator('[data-testid="linkage-empty"]').count()).toBe(0); // the demo has customer NPS for its customer-facing units
    await expectPanels();
    await page.waitForTimeout(400);
    await product.shot(page, '40-linkage');
  });

  it('follows a later lag and another metric in the URL', async () => {
    await page.locator('[data-testid="linkage-lag"]').selectOption('2');
    await page.waitForURL(/lag=2/);
    await page.locator('[data-testid="correlation-row"][data-lag="2"][data-selected="true"]').waitFor();
    await expectPanels();
    await page.waitForTimeout(300);
    await product.shot(page, '41-linkage-lag2');

    await page.locator('[data-testid="linkage-metric"]').selectOption('csat');
    await page.waitForURL(/metric=csat/);
    expect(query().get('lag')).toBe('2');
    await page.locator('[data-testid="linkage-scope"]').filter({ hasText: 'CSAT' }).waitFor();
    await expectPanels();
    await page.locator('[data-testid="linkage-units"] summary').click();
    await page.locator('[data-testid="linkage-unit-row"]').first().waitFor();
    await page.waitForTimeout(300);
    await product.shot(page, '42-linkage-csat-units');

    // The URL is the state: opening it afresh shows the same choice.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await page.locator('[data-testid="linkage-scatter"]').waitFor();
    await expect(page.locator('[data-testid="linkage-metric"]').inputValue()).resolves.toBe('csat');
    await expect(page.locator('[data-testid="linkage-lag"]').inputValue()).resolves.toBe('2');
  });

  it('loaded without console errors', () => {
    expect(product.consoleErrors).toEqual([]);
  });
});
