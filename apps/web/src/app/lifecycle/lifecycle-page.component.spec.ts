import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DepartmentDto } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { overviewFixture } from './lifecycle-fixtures';
import { LifecyclePageComponent } from './lifecycle-page.component';

const DEPARTMENTS: DepartmentDto[] = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Company', parentId: null, customerFacing: false, internalProvider: false },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Sales', parentId: '11111111-1111-4111-8111-111111111111', customerFacing: true, internalProvider: false },
];
const SALES = DEPARTMENTS[1].id;

describe('LifecyclePageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
      { path: 'lifecycle', component: LifecyclePageComponent },
      { path: 'dashboard/overview', children: [] },
    ]);
  });

  afterEach(() => http.verify());

  async function open(url = '/lifecycle', overview = overviewFixture()) {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    const req = http.expectOne((r) => r.url === '/api/lifecycle/overview');
    req.flush(overview);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  it('asks for the default window and shows headcount by phase with a table and an aria summary', async () => {
    const { root, req } = await open();
    expect(req.request.params.keys()).toEqual([]);
    const chart = root.querySelector('exp-headcount-chart [role="img"]');
    expect(chart?.getAttribute('aria-label')).toContain('Jun 2025: 90 people (Onboarding 12, Initial development 18, Ongoing development 59, Separation 1)');
    const head = Array.from(root.querySelectorAll('exp-headcount-chart thead th')).map((th) => textOf(th));
    expect(head).toEqual(['Month', 'Onboarding', 'Initial development', 'Ongoing development', 'Separation', 'Total']);
    const rows = Array.from(root.querySelectorAll('exp-headcount-chart tbody tr')).map((tr) => textOf(tr));
    expect(rows).toEqual(['Apr 2025 10 20 60 1 91', 'May 2025 11 19 60 2 92', 'Jun 2025 12 18 59 1 90']);
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('exp-headcount-chart .links a'));
    expect(links.map((a) => a.getAttribute('href'))).toContain('/dashboard/overview?phase=onboarding');
  });

  it('counts movements in a matrix: a row per month, a column per movement in lifecycle order, and totals', async () => {
    const { root } = await open();
    const table = root.querySelector('exp-movements-table table')!;
    const head = Array.from(table.querySelectorAll('thead th'));
    expect(head.map((th) => textOf(th))).toEqual([
      'Month', 'Joined', 'Onboarding → Initial development', 'Initial → Ongoing development', '→ Separation (notice)', 'Left',
    ]);
    expect(head.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const cells = (tr: Element) =>
      Array.from(tr.children).map((cell) => textOf(cell.querySelector('[aria-hidden="true"]') ?? cell));
    // A quiet month still has its row; zeros read as "0" to screen readers and show as "–".
    expect(Array.from(table.querySelectorAll('tbody tr')).map(cells)).toEqual([
      ['Apr 2025', '–', '–', '–', '–', '–'],
      ['May 2025', '1', '–', '3', '1', '–'],
      ['Jun 2025', '2', '2', '–', '1', '3'], // left: 2 after notice, 1 without
    ]);
    expect(textOf(table.querySelector('tbody tr td .visually-hidden'))).toBe('0');
    expect(Array.from(table.querySelectorAll('tbody th, tfoot th')).every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(cells(table.querySelector('tfoot tr')!)).toEqual(['Total', '3', '2', '3', '2', '3']);
  });

  it('says so when nobody changed phase', async () => {
    const { root } = await open('/lifecycle', { ...overviewFixture(), movements: [] });
    expect(root.querySelector('exp-movements-table table')).toBeNull();
    expect(textOf(root.querySelector('exp-movements-table'))).toBe('Nobody changed phase in this period.');
  });

  it('sums exits by phase at notice and by tenure band, with the months as a table', async () => {
    const { root } = await open();
    const exits = root.querySelector('exp-exits-charts')!;
    expect(textOf(exits.querySelector('.total'))).toBe('3 people had their last working day in this period.');
    const labels = Array.from(exits.querySelectorAll('exp-count-bars > .chart')).map((c) => c.getAttribute('aria-label'));
    expect(labels[0]).toContain('Onboarding 1, Initial development 0, Ongoing development 2');
    expect(labels[1]).toContain('Under 3 months 1, 3–12 months 0, 1–2 years 0, 2–5 years 2, 5+ years 0');
    expect(textOf(exits.querySelector('tbody tr:last-child'))).toBe('Jun 2025 2 0 0 0 2 0 0 0 2 0');
  });

  it('shows reasons for leaving with the withheld ones saying why', async () => {
    const { root } = await open();
    const reasons = root.querySelector('exp-leaving-reasons')!;
    const rows = Array.from(reasons.querySelectorAll('tbody tr')).map((tr) => textOf(tr));
    expect(rows).toEqual([
      'Pay and benefits 5',
      'Career and growth opportunities withheld to protect a smaller group',
      'My manager withheld: fewer than 5 answers',
    ]);
    expect(reasons.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Bar chart of reasons for leaving: Pay and benefits 5');
  });

  it('withholds the whole list when even the year has too few answers, saying why', async () => {
    const overview = overviewFixture();
    overview.leavingReasons = { period: '2025-Q2', n: null, withheld: 'too_few', reasons: [] };
    const { root } = await open('/lifecycle', overview);
    const reasons = root.querySelector('exp-leaving-reasons')!;
    expect(textOf(reasons.querySelector('.withheld-all'))).toBe('Withheld: fewer than 5 exit survey answers in this period, even over its whole year.');
    expect(reasons.querySelector('table')).toBeNull();
  });

  it('says in Estonian when the whole list is withheld to protect a smaller group', async () => {
    const overview = overviewFixture();
    overview.leavingReasons = { period: '2025-Q2', n: null, withheld: 'subtraction', reasons: [] };
    const { harness, root } = await open('/lifecycle', overview);
    TestBed.inject(LanguageService).use('et');
    await settle(harness.fixture);
    expect(textOf(root.querySelector('exp-leaving-reasons .withheld-all'))).toBe(
      'Varjatud väiksema rühma kaitseks, sel perioodil ning seda ümbritsevas kvartalis, poolaastas ja aastas.',
    );
  });

  it('names the quarter, half or year the reasons are pooled over when the period alone has too few', async () => {
    const overview = { ...overviewFixture(), period: '2025-05' };
    overview.leavingReasons = { ...overview.leavingReasons, period: '2025-H1' };
    const { root } = await open('/lifecycle?period=2025-05', overview);
    expect(textOf(root.querySelector('exp-leaving-reasons .pooled'))).toBe(
      'Too few exit survey answers to show this period alone: these are the reasons of H1 2025.',
    );
    expect(textOf(root.querySelector('exp-leaving-reasons .total'))).toBe('From 12 exit survey answers in this period.');
  });

  it('says nothing of pooling when the reasons are the period\'s own', async () => {
    const { root } = await open();
    expect(root.querySelector('exp-leaving-reasons .pooled')).toBeNull();
  });

  it('keeps the calendar period and the department in the URL', async () => {
    const harness = await RouterTestingHarness.create(`/lifecycle?period=2025-H1&department=${SALES}`);
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    const first = http.expectOne((r) => r.url === '/api/lifecycle/overview');
    expect(first.request.params.get('period')).toBe('2025-H1');
    expect(first.request.params.get('department')).toBe(SALES);
    expect(first.request.params.has('from')).toBe(false);
    first.flush({ ...overviewFixture(), period: '2025-H1', departmentId: SALES });
    await settle(harness.fixture);

    const root = harness.routeNativeElement as HTMLElement;
    const select = root.querySelector('select[name="department"]') as HTMLSelectElement;
    expect(select.value).toBe(SALES);
    const period = root.querySelector('select[name="period"]') as HTMLSelectElement;
    expect(period.value).toBe('2025-H1');
    period.value = '2025-03';
    period.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    (root.querySelector('exp-lifecycle-filter button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/lifecycle?period=2025-03');
    const second = http.expectOne((r) => r.url === '/api/lifecycle/overview');
    expect(second.request.params.get('period')).toBe('2025-03');
    expect(second.request.params.has('department')).toBe(false);
    second.flush(overviewFixture());
  });

  it('offers calendar periods only, grouped by kind, the current year first, and ignores a from/to link', async () => {
    const { root, req } = await open('/lifecycle?from=2025-01&to=2025-02');
    expect(req.request.params.keys()).toEqual([]);
    const period = root.querySelector('select[name="period"]') as HTMLSelectElement;
    const groups = Array.from(period.querySelectorAll('optgroup')).map((g) => g.getAttribute('label'));
    expect(groups).toEqual(['Years', 'Halves', 'Quarters', 'Months']);
    const year = String(new Date().getFullYear());
    expect(period.value).toBe('2025-Q2'); // the API's answer, here the fixture's
    expect(period.querySelector('optgroup option')?.getAttribute('value')).toBe(year);
    const values = Array.from(period.querySelectorAll('option')).map((o) => o.value);
    expect(values.every((v) => /^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(v))).toBe(true);
    expect(textOf(root.querySelector('exp-lifecycle-filter .filter__note'))).toMatch(/^Years, halves, quarters and months only/);
  });

  it('goes back to the current year, keeping the department', async () => {
    const harness = await RouterTestingHarness.create(`/lifecycle?period=2025-H1&department=${SALES}`);
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    http.expectOne((r) => r.url === '/api/lifecycle/overview').flush({ ...overviewFixture(), period: '2025-H1', departmentId: SALES });
    await settle(harness.fixture);
    const buttons = Array.from((harness.routeNativeElement as HTMLElement).querySelectorAll('exp-lifecycle-filter button'));
    (buttons.find((b) => textOf(b) === 'This year') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe(`/lifecycle?department=${SALES}`);
    http.expectOne((r) => r.url === '/api/lifecycle/overview').flush(overviewFixture());
  });

  it("shows the API's message when the filter is refused", async () => {
    const harness = await RouterTestingHarness.create('/lifecycle');
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    http
      .expectOne((r) => r.url === '/api/lifecycle/overview')
      .flush({ statusCode: 400, message: 'The period 2026-09 has not begun; today is 2026-06-15.' }, { status: 400, statusText: 'Bad Request' });
    await settle(harness.fixture);
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('.error-text'))).toBe(
      'The period 2026-09 has not begun; today is 2026-06-15.',
    );
  });
});
