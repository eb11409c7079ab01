import { Product, startProduct } from './product-server';

describe('EX Pulse in a real browser: sign in, dashboard, employees, answering a link', () => {
  let product: Product;

  beforeAll(async () => {
    product = await startProduct();
  });
  afterAll(() => product?.stop());

  it('signs the demo HR admin in and shows the dashboard with numbers, then the employees page', async () => {
    const page = await product.newPage({ width: 1366, height: 900 });
    await page.goto(`${product.baseUrl}/dashboard`);
    await page.waitForURL(/\/login/);
    await product.shot(page, '01-login');
    await product.signIn(page, 'admin');
    await page.getByText(/95% CI/).first().waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/n = \d+/);
    expect(main).toMatch(/Customer Support/);
    await page.waitForTimeout(500);
    await product.shot(page, '02-dashboard');

    await page.locator('[data-testid="nav-admin-menu"]').click(); // the HR set-up pages are under "Administration"
    await page.getByRole('menuitem', { name: 'Employees', exact: true }).click();
    await page.waitForURL(/\/employees/);
    await page.getByRole('cell', { name: /onboarding|ongoing development/i }).first().waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    await product.shot(page, '03-employees');
    await page.close();
  });

  it('lets an employee answer from a link on a phone, then refuses the used link', async () => {
    const page = await product.newPage({ width: 390, height: 844 });
    await page.goto(`${product.baseUrl}/s#${product.links[0]}`);
    const eight = page.getByRole('radio', { name: '8', exact: true });
    await eight.waitFor();
    await product.shot(page, '04-answer-page');
    await eight.click();
    await page.getByRole('textbox').fill('Good team, more time for training would help.');
    await product.shot(page, '05-answer-filled');
    await page.getByRole('button', { name: /send|saada/i }).click();
    await page.getByRole('heading', { name: /thank|aitäh/i }).waitFor();
    await product.shot(page, '06-thank-you');

    await page.goto('about:blank');
    await page.goto(`${product.baseUrl}/s#${product.links[0]}`);
    await page.getByRole('alert').filter({ hasText: /already|juba/i }).first().waitFor();
    await product.shot(page, '07-used-link');

    await page.goto('about:blank');
    await page.goto(`${product.baseUrl}/s#not-a-real-token`);
    await page.getByRole('alert').filter({ hasText: /not valid|ei kehti|vigane/i }).first().waitFor();
    await page.close();
  });

  it('loaded every page without console errors (no CSP violations)', () => {
    expect(product.consoleErrors).toEqual([]);
  });
});
