import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DeliveryStatus, SimulateDayResult } from '@ex-pulse/contracts';
import { settle, textOf } from '../core/testing/transloco-testing';
import { LanguageService } from '../core/i18n/language.service';
import { newProgramme } from '../programmes/programme-fixtures';
import { DeliveryPageComponent } from './delivery-page.component';

const STATUS: DeliveryStatus = {
  period: '2026-H1', k: 5,
  rows: [
    { programmeId: 'p1', programmeName: 'Onboarding check-in', month: '2026-05-01', invited: 40, emailed: 38, pending: 1, failed: 1, opened: 30, answered: 26, responseRate: 0.65, withheld: null },
    { programmeId: 'p2', programmeName: 'Quarterly pulse', month: '2026-06-01', invited: 60, emailed: 60, pending: 0, failed: 0, opened: 41, answered: 33, responseRate: 0.55, withheld: null },
  ],
  total: { invited: 100, emailed: 98, pending: 1, failed: 1, opened: 71, answered: 59, responseRate: 0.59, withheld: null },
  failures: [
    { id: 'o1', programmeName: 'Onboarding check-in', kind: 'invitation', to: 'ann@acme.test', attempts: 5, lastError: '550 5.1.1 Mailbox unavailable', createdAt: '2026-05-04T12:30:00Z' },
  ],
};

const PROGRAMMES = [
  newProgramme({ id: 'p1', nameEn: 'Onboarding check-in', nameEt: 'Sisseelamise küsitlus' }),
  newProgramme({ id: 'p2', nameEn: 'Quarterly pulse', nameEt: 'Kvartaliküsitlus' }),
];

describe('DeliveryPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'delivery', component: DeliveryPageComponent }]);
  });

  afterEach(() => http.verify());

  const statusRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/delivery/status');

  async function open(url = '/delivery?period=2026-H1', simulation = false, status = STATUS) {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/admin/simulation').flush({ enabled: simulation });
    http.expectOne('/api/programmes').flush(PROGRAMMES);
    const req = statusRequest();
    req.flush(status);
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    const cells = (selector: string) =>
      Array.from(root.querySelectorAll(selector)).map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => textOf(c)));
    return { harness, root, req, cells };
  }

  it('shows delivery per programme and month with the total, for the calendar period in the URL', async () => {
    const { req, cells, root } = await open();
    expect(req.request.params.get('period')).toBe('2026-H1');
    expect(req.request.params.keys()).toEqual(['period']);
    expect((root.querySelector('select[name="period"]') as HTMLSelectElement).value).toBe('2026-H1');
    expect(cells('exp-delivery-table thead tr')).toEqual([
      ['Programme', 'Month', 'Invited', 'Emailed', 'Pending', 'Failed', 'Opened', 'Answered', 'Response rate'],
    ]);
    expect(cells('exp-delivery-table tbody tr')).toEqual([
      ['Onboarding check-in', 'May 2026', '40', '38', '1', '1', '30', '26', '65%'],
      ['Quarterly pulse', 'Jun 2026', '60', '60', '0', '0', '41', '33', '55%'],
    ]);
    // The total is the API's (decided like every row), not a sum made here.
    expect(cells('exp-delivery-table tfoot tr')).toEqual([['Total', '100', '98', '1', '1', '71', '59', '59%']]);
    expect(root.querySelector('exp-delivery-table .note')).toBeNull();
  });

  it('shows opened and answered as withheld, saying why, where the API withholds them', async () => {
    const status: DeliveryStatus = {
      ...STATUS,
      rows: [
        { ...STATUS.rows[0], invited: 3, emailed: 3, pending: 0, failed: 0, opened: null, answered: null, responseRate: null, withheld: 'too_few' },
        { ...STATUS.rows[1], opened: null, answered: null, responseRate: null, withheld: 'subtraction' },
      ],
      total: { ...STATUS.total, invited: 63 },
    };
    const { cells, root } = await open(undefined, false, status);
    expect(cells('exp-delivery-table tbody tr')).toEqual([
      ['Onboarding check-in', 'May 2026', '3', '3', '0', '0', '– withheld: fewer than 5 invited', '– withheld: fewer than 5 invited', '–'],
      ['Quarterly pulse', 'Jun 2026', '60', '60', '0', '0', '– withheld to protect a smaller group', '– withheld to protect a smaller group', '–'],
    ]);
    expect(cells('exp-delivery-table tfoot tr')).toEqual([['Total', '63', '98', '1', '1', '71', '59', '59%']]);
    expect(textOf(root.querySelector('exp-delivery-table .note'))).toMatch(/^Opened and answered are withheld \(–\) for a group of fewer than 5 invitations/);
  });

  it('changes the period from the choice of calendar periods', async () => {
    const { harness, root } = await open();
    const select = root.querySelector('select[name="period"]') as HTMLSelectElement;
    expect(Array.from(select.querySelectorAll('optgroup')).map((g) => g.getAttribute('label'))).toEqual(['Years', 'Halves', 'Quarters', 'Months']);
    select.value = '2026-Q2';
    select.dispatchEvent(new Event('change'));
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/delivery?period=2026-Q2');
    expect(statusRequest().request.params.get('period')).toBe('2026-Q2');
  });

  it('lists the failed messages with recipient, attempts and reason', async () => {
    const { cells } = await open();
    const [row] = cells('exp-failed-deliveries tbody tr');
    expect(row[0]).toBe('ann@acme.test');
    expect(row[1]).toMatch(/^Onboarding check-in · invitation 4 May 2026, \d\d:30$/);
    expect(row.slice(2)).toEqual(['5', '550 5.1.1 Mailbox unavailable']);
  });

  it('names the programmes in the UI language', async () => {
    const { harness, cells } = await open();
    TestBed.inject(LanguageService).use('et');
    await settle(harness.fixture);
    expect(cells('exp-delivery-table tbody tr').map((r) => r.slice(0, 2))).toEqual([
      ['Sisseelamise küsitlus', 'mai 2026'],
      ['Kvartaliküsitlus', 'juuni 2026'],
    ]);
    expect(cells('exp-failed-deliveries tbody tr')[0][1]).toMatch(/^Sisseelamise küsitlus · kutse /);
  });

  it('says so when no message failed, and when nobody was invited', async () => {
    const { root } = await open(undefined, false, { ...STATUS, rows: [], failures: [] });
    expect(textOf(root.querySelector('exp-failed-deliveries'))).toBe('No failed messages');
    expect(textOf(root.querySelector('exp-delivery-table tbody'))).toBe('No invitations in this period.');
    expect(root.querySelector('exp-delivery-table tfoot')).toBeNull();
  });

  it('asks for the current year when the URL has no period, or a window that is not a calendar period', async () => {
    const { req, root } = await open('/delivery?from=2026-03-02&to=2026-03-02');
    const year = String(new Date().getFullYear());
    expect(req.request.params.get('period')).toBe(year);
    expect(req.request.params.has('from')).toBe(false);
    expect((root.querySelector('select[name="period"]') as HTMLSelectElement).value).toBe(year);
  });

  it('has no "Simulate a day" card unless the instance allows it', async () => {
    const { root } = await open();
    expect(root.querySelector('exp-simulate-day')).toBeNull();
  });

  it('simulates a day: posts the date, tells what happened and loads the numbers again', async () => {
    const { harness, root } = await open(undefined, true);
    expect(textOf(root.querySelector('exp-simulate-day h2'))).toBe('Simulate a day');
    const date = root.querySelector('exp-simulate-day input[type="date"]') as HTMLInputElement;
    date.value = '2026-06-08';
    date.dispatchEvent(new Event('input'));
    (root.querySelector('exp-simulate-day button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);

    const post = http.expectOne('/api/admin/simulate-day');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ date: '2026-06-08' });
    post.flush({ date: '2026-06-08', skipped: null, invitations: 12, reminders: 3, sent: 12, failed: 0 } satisfies SimulateDayResult);
    await settle(harness.fixture);

    expect(textOf(root.querySelector('exp-simulate-day .result'))).toBe('2026-06-08: 12 invitations planned, 12 emails sent, 3 reminders queued.');
    const reload = statusRequest();
    expect(reload.request.params.get('period')).toBe('2026-H1');
    reload.flush(STATUS);
    await settle(harness.fixture);
  });

  it('moves to the period of the same kind that holds a simulated day after it, and explains a weekend', async () => {
    const { harness, root } = await open(undefined, true);
    const date = root.querySelector('exp-simulate-day input[type="date"]') as HTMLInputElement;
    date.value = '2026-12-05';
    date.dispatchEvent(new Event('input'));
    (root.querySelector('exp-simulate-day button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne('/api/admin/simulate-day').flush({ date: '2026-12-05', skipped: 'weekend', invitations: 0, reminders: 0, sent: 0, failed: 0 });
    await settle(harness.fixture);

    expect(textOf(root.querySelector('exp-simulate-day .result'))).toBe('Saturday 2026-12-05: nothing goes out at weekends.');
    expect(TestBed.inject(Router).url).toBe('/delivery?period=2026-H2');
    statusRequest().flush(STATUS);
    await settle(harness.fixture);
  });

  it('shows the API message when a day cannot be simulated', async () => {
    const { harness, root } = await open(undefined, true);
    (root.querySelector('exp-simulate-day button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne('/api/admin/simulate-day').flush({ statusCode: 400, message: 'The organisation is not set up yet.' }, { status: 400, statusText: 'Bad Request' });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('exp-simulate-day [role="alert"]'))).toBe('The organisation is not set up yet.');
  });
});
