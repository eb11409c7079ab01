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
import { lastTwelveMonths } from './delivery-period';

const STATUS: DeliveryStatus = {
  from: '2026-01-01', to: '2026-06-30',
  rows: [
    { programmeId: 'p1', programmeName: 'Onboarding check-in', month: '2026-05-01', invited: 40, emailed: 38, pending: 1, failed: 1, opened: 30, answered: 26, responseRate: 0.65 },
    { programmeId: 'p2', programmeName: 'Quarterly pulse', month: '2026-06-01', invited: 60, emailed: 60, pending: 0, failed: 0, opened: 41, answered: 33, responseRate: 0.55 },
  ],
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

  async function open(url = '/delivery?from=2026-01-01&to=2026-06-30', simulation = false, status = STATUS) {
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

  it('shows delivery per programme and month with a totals row, for the period in the URL', async () => {
    const { req, cells } = await open();
    expect(req.request.params.get('from')).toBe('2026-01-01');
    expect(req.request.params.get('to')).toBe('2026-06-30');
    expect(cells('exp-delivery-table thead tr')).toEqual([
      ['Programme', 'Month', 'Invited', 'Emailed', 'Pending', 'Failed', 'Opened', 'Answered', 'Response rate'],
    ]);
    expect(cells('exp-delivery-table tbody tr')).toEqual([
      ['Onboarding check-in', 'May 2026', '40', '38', '1', '1', '30', '26', '65%'],
      ['Quarterly pulse', 'Jun 2026', '60', '60', '0', '0', '41', '33', '55%'],
    ]);
    // The total rate is answered / invited (59 / 100), not the mean of the rates.
    expect(cells('exp-delivery-table tfoot tr')).toEqual([['Total', '100', '98', '1', '1', '71', '59', '59%']]);
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

  it('asks for the last 12 months when the URL has no period', async () => {
    const { req, root } = await open('/delivery');
    const { from, to } = lastTwelveMonths(new Date());
    expect(req.request.params.get('from')).toBe(from);
    expect(req.request.params.get('to')).toBe(to);
    expect((root.querySelector('input[name="from"]') as HTMLInputElement).value).toBe(from);
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
    expect(reload.request.params.get('to')).toBe('2026-06-30');
    reload.flush(STATUS);
    await settle(harness.fixture);
  });

  it('widens the period to show a simulated day after it, and explains a weekend', async () => {
    const { harness, root } = await open(undefined, true);
    const date = root.querySelector('exp-simulate-day input[type="date"]') as HTMLInputElement;
    date.value = '2026-12-05';
    date.dispatchEvent(new Event('input'));
    (root.querySelector('exp-simulate-day button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne('/api/admin/simulate-day').flush({ date: '2026-12-05', skipped: 'weekend', invitations: 0, reminders: 0, sent: 0, failed: 0 });
    await settle(harness.fixture);

    expect(textOf(root.querySelector('exp-simulate-day .result'))).toBe('Saturday 2026-12-05: nothing goes out at weekends.');
    expect(TestBed.inject(Router).url).toBe('/delivery?from=2026-01-01&to=2026-12-05');
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
