import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { filterOptionsFixture } from '../analytics-fixtures';
import { AnalyticsPageComponent } from '../analytics-page.component';

@Component({ template: '<p>view</p>' })
class ViewStubComponent {}

describe('FilterBarComponent (in the analytics page)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
      {
        path: 'dashboard',
        component: AnalyticsPageComponent,
        children: [
          { path: 'overview', component: ViewStubComponent },
          { path: 'comments', component: ViewStubComponent },
        ],
      },
    ]);
  });

  afterEach(() => http.verify());

  async function open(url: string) {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/analytics/filter-options').flush(filterOptionsFixture());
    await settle(harness.fixture);
    const root = harness.fixture.nativeElement as HTMLElement;
    const select = (name: string) => root.querySelector(`[data-testid="filter-${name}"]`) as HTMLSelectElement;
    return { harness, root, select, router: TestBed.inject(Router) };
  }

  async function choose(harness: RouterTestingHarness, select: HTMLSelectElement, value: string): Promise<void> {
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle(harness.fixture);
    await settle(harness.fixture);
  }

  it('shows the filters of a shared link, and puts a new choice back in the URL', async () => {
    const { harness, select, router } = await open('/dashboard/overview?period=2026-Q4&department=d-sales&granularity=week');
    expect(select('period').value).toBe('2026-Q4');
    expect(select('department').value).toBe('d-sales');
    expect(select('phase').value).toBe('');

    await choose(harness, select('department'), 'd-north');
    expect(router.url).toBe('/dashboard/overview?period=2026-Q4&department=d-north&granularity=week');

    await choose(harness, select('phase'), 'onboarding');
    await choose(harness, select('period'), '2026-11');
    expect(router.url).toBe('/dashboard/overview?period=2026-11&department=d-north&granularity=week&phase=onboarding');
    expect(select('period').value).toBe('2026-11');
  });

  it('offers periods grouped by kind and departments indented in tree order', async () => {
    const { select } = await open('/dashboard/overview');
    const groups = Array.from(select('period').querySelectorAll('optgroup')).map((g) => [g.label, Array.from(g.querySelectorAll('option')).map((o) => textOf(o))]);
    expect(groups).toEqual([
      ['Years', ['2026']],
      ['Halves', ['H2 2026']],
      ['Quarters', ['Q3 2026', 'Q4 2026']],
      ['Months', ['Nov 2026']],
    ]);
    const departments = Array.from(select('department').options).map((o) => o.textContent!.trim() === '' ? '' : o.textContent!);
    expect(departments.map((d) => d.replace(/\u00a0/g, '·').trim())).toEqual(['All', 'Company', '···Sales', '······Sales North']);
  });

  it('goes back to the first page of a list when a filter changes', async () => {
    const { harness, select, router } = await open('/dashboard/comments?q=manager&page=3');
    await choose(harness, select('location'), 'Tallinn');
    expect(router.url).toBe('/dashboard/comments?q=manager&location=Tallinn');
  });

  it('clears every filter, keeping the view and its own settings', async () => {
    const { harness, root, router } = await open('/dashboard/overview?period=2026&department=d-sales&tenure=1_2y&granularity=week');
    const clear = root.querySelector('[data-testid="filter-clear"]') as HTMLButtonElement;
    expect(clear.disabled).toBe(false);
    clear.click();
    await settle(harness.fixture);
    await settle(harness.fixture);
    expect(router.url).toBe('/dashboard/overview?granularity=week');
    expect(clear.disabled).toBe(true);
  });

  it('carries the filters, not a view\'s own settings, to the other views', async () => {
    const { root } = await open('/dashboard/overview?period=2026-H2&manager=e-mari&granularity=week');
    const link = root.querySelector('[data-testid="view-comments"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/dashboard/comments?period=2026-H2&manager=e-mari');
    expect(root.querySelector('[data-testid="view-overview"]')!.getAttribute('aria-current')).toBe('page');
  });

  it('ignores a malformed period or phase in the URL', async () => {
    const { select } = await open('/dashboard/overview?period=2026-Q7&phase=holiday');
    expect(select('period').value).toBe('');
    expect(select('phase').value).toBe('');
  });

  describe('one segment filter at a time', () => {
    const hint = (root: HTMLElement) => textOf(root.querySelector('[data-testid="filter-segment-hint"]'));
    const HINT = 'One segment at a time: combining segments could single people out.';

    it('replaces the segment filter chosen before, keeps period and department, and says so', async () => {
      const { harness, root, select, router } = await open('/dashboard/comments?period=2026-Q4&department=d-sales&location=Tallinn&page=2');
      expect(hint(root)).toBe('');

      await choose(harness, select('phase'), 'onboarding');
      expect(router.url).toBe('/dashboard/comments?period=2026-Q4&department=d-sales&phase=onboarding');
      expect(select('location').value).toBe('');
      expect(select('phase').value).toBe('onboarding');
      expect(hint(root)).toBe(`${HINT} Removed: Location.`);
      expect(root.querySelector('[data-testid="view-overview"]')!.getAttribute('href')).toBe('/dashboard/overview?period=2026-Q4&department=d-sales&phase=onboarding');

      await choose(harness, select('manager'), 'e-mari');
      expect(router.url).toBe('/dashboard/comments?period=2026-Q4&department=d-sales&manager=e-mari');
      expect(hint(root)).toBe(`${HINT} Removed: Phase.`);

      // Period and department still combine with the one segment, and leave the hint alone.
      await choose(harness, select('period'), '2026');
      expect(router.url).toBe('/dashboard/comments?period=2026&department=d-sales&manager=e-mari');
      expect(hint(root)).toBe(`${HINT} Removed: Phase.`);
    });

    it('shows no hint when nothing had to be removed, nor once the segment is set back to All', async () => {
      const { harness, root, select, router } = await open('/dashboard/overview?tenure=1_2y');
      await choose(harness, select('tenure'), 'under_3m');
      expect(router.url).toBe('/dashboard/overview?tenure=under_3m');
      expect(hint(root)).toBe('');

      await choose(harness, select('programme'), 'p-quarterly');
      expect(hint(root)).toBe(`${HINT} Removed: Tenure.`);
      await choose(harness, select('programme'), '');
      expect(router.url).toBe('/dashboard/overview');
      expect(hint(root)).toBe('');
    });

    it('keeps the first segment of an old link that has several (location, phase, tenure, programme, team) and says which went', async () => {
      const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
      const { harness, root, select, router } = await open('/dashboard/overview?period=2026&manager=e-mari&tenure=1_2y&phase=onboarding&granularity=week');
      await settle(harness.fixture);
      // In place of the old URL, so Back does not return to it.
      expect(navigate).toHaveBeenLastCalledWith(expect.anything(), { replaceUrl: true });
      expect(router.url).toBe('/dashboard/overview?period=2026&phase=onboarding&granularity=week');
      expect(select('phase').value).toBe('onboarding');
      expect(select('tenure').value).toBe('');
      expect(select('manager').value).toBe('');
      expect(hint(root)).toBe(`${HINT} Removed: Tenure, Team (manager).`);
      expect(root.querySelector('[data-testid="view-comments"]')!.getAttribute('href')).toBe('/dashboard/comments?period=2026&phase=onboarding');

      // The same for a link followed inside the app.
      await harness.navigateByUrl('/dashboard/comments?programme=p-quarterly&location=Tallinn&page=3');
      await settle(harness.fixture);
      await settle(harness.fixture);
      expect(router.url).toBe('/dashboard/comments?location=Tallinn');
      expect(select('location').value).toBe('Tallinn');
      expect(hint(root)).toBe(`${HINT} Removed: Programme.`);
    });

    it('does not count a malformed segment value as a second filter', async () => {
      const { harness, root, router } = await open('/dashboard/overview?location=Tallinn&phase=holiday');
      await settle(harness.fixture);
      expect(router.url).toBe('/dashboard/overview?location=Tallinn&phase=holiday');
      expect(hint(root)).toBe('');
    });

    it('clearing every filter also clears the hint', async () => {
      const { harness, root, select } = await open('/dashboard/overview?location=Tallinn');
      await choose(harness, select('tenure'), '1_2y');
      expect(hint(root)).not.toBe('');
      (root.querySelector('[data-testid="filter-clear"]') as HTMLButtonElement).click();
      await settle(harness.fixture);
      await settle(harness.fixture);
      expect(hint(root)).toBe('');
    });

    it('shows the hint in Estonian', async () => {
      TestBed.inject(TranslocoService).setActiveLang('et');
      const { harness, root, select } = await open('/dashboard/overview?location=Tallinn');
      await choose(harness, select('phase'), 'onboarding');
      expect(hint(root)).toBe('Üks segment korraga: segmentide kombineerimine võiks üksikuid inimesi paljastada. Eemaldatud: Asukoht.');
    });
  });
});
