import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiKeyDto, CreatedApiKey, CustomerMetricDto, CustomerMetricIngestReport } from '@ex-pulse/contracts';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { CustomerScoresPageComponent, lastMonths } from './customer-scores-page.component';
import { formatMetricValue } from './customer-metric-table.component';

const MONTHS = lastMonths(new Date(), 12);
const LAST = MONTHS[11];
const metric = (over: Partial<CustomerMetricDto>): CustomerMetricDto => ({
  unitId: 'u1', unitName: 'Tallinn Store', month: LAST, metric: 'nps', criterion: '', n: 200, promoters: 90, passives: 60,
  detractors: 50, csatCounts: null, shareTop: null, shareBottom: null, mean: null, value: 20, updatedAt: '2026-06-01T10:00:00Z', ...over,
});
const KEY: ApiKeyDto = {
  id: 'k1', name: 'Qualtrics', prefix: 'exk_AbCd', createdAt: '2026-05-01T08:00:00Z', createdBy: 'Hanna HR', lastUsedAt: null, revokedAt: null,
};

describe('CustomerScoresPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([]);
  });

  afterEach(() => http.verify());

  function metricsRequest(kind = 'nps'): TestRequest {
    return http.expectOne((r) => r.url === '/api/cx/metrics' && r.params.get('metric') === kind);
  }

  async function setup(metrics: CustomerMetricDto[] = [metric({}), metric({ unitId: 'u2', unitName: 'Customer Support', month: MONTHS[10], value: -12.4 })]) {
    const fixture = TestBed.createComponent(CustomerScoresPageComponent);
    await settle(fixture);
    const first = metricsRequest();
    expect([first.request.params.get('from'), first.request.params.get('to')]).toEqual([MONTHS[0], LAST]);
    first.flush(metrics);
    http.expectOne('/api/cx/api-keys').flush([KEY, { ...KEY, id: 'k0', name: 'Old', revokedAt: '2026-04-01T08:00:00Z' }]);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const button = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => textOf(b) === text) as HTMLButtonElement | undefined;
    return { fixture, root, button };
  }

  it('shows the stored scores by unit and month', async () => {
    const { root } = await setup();
    const rows = Array.from(root.querySelectorAll('table.metrics tbody tr')).map((tr) => {
      const cells = Array.from(tr.querySelectorAll('th, td')).map((c) => textOf(c));
      return [cells[0], cells[11], cells[12]];
    });
    expect(rows).toEqual([['Customer Support', '-12', '–'], ['Tallinn Store', '–', '+20']]);
    expect(root.querySelector('table.metrics tbody td[title="200 answers"]')).not.toBeNull();
  });

  it('formats each metric as people read it', () => {
    expect([formatMetricValue('nps', 20), formatMetricValue('csat', 82.5), formatMetricValue('ces', 5.4), formatMetricValue('cx_index', 41.25)])
      .toEqual(['+20', '82.5 %', '5.40', '+41.3']);
  });

  it('uploads a CSV and reports created, updated and unchanged rows, then reloads the table', async () => {
    const { fixture, root, button } = await setup();
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['unit,month,metric\n'], 'scores.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    button('Upload')!.click();
    const req = http.expectOne('/api/cx/metrics/import');
    expect(((req.request.body as FormData).get('file') as File).name).toBe('scores.csv');
    req.flush({ applied: true, totalRows: 6, validRows: 6, created: 0, updated: 1, unchanged: 5, errors: [] } satisfies CustomerMetricIngestReport);
    await settle(fixture);
    expect(textOf(root)).toContain('Upload done: 0 created, 1 updated, 5 unchanged.');
    metricsRequest().flush([]);
    await settle(fixture);
    expect(textOf(root)).toContain('No scores of this metric in the last 12 months.');
  });

  it('lists every rejected row with its reasons when nothing was stored', async () => {
    const { fixture, root, button } = await setup();
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'bad.csv')] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    button('Upload')!.click();
    const report: CustomerMetricIngestReport = {
      applied: false, totalRows: 3, validRows: 2, created: 0, updated: 0, unchanged: 0,
      errors: [{ row: 3, unit: 'Tallin Store', reasons: ['Unknown unit "Tallin Store".', 'month 2027-01 is in the future.'] }],
    };
    http.expectOne('/api/cx/metrics/import').flush({ statusCode: 422, message: 'x', report }, { status: 422, statusText: 'Unprocessable Entity' });
    await settle(fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toContain('Nothing was stored. Rows with problems: 1.');
    const cells = Array.from(root.querySelectorAll('table.errors tbody td')).map((td) => textOf(td));
    expect(cells).toEqual(['3', 'Tallin Store', 'Unknown unit "Tallin Store". month 2027-01 is in the future.']);
  });

  it('creates an API key and shows it once with a copy button and a warning', async () => {
    const { fixture, root, button } = await setup();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const name = root.querySelector('input[name="name"]') as HTMLInputElement;
    name.value = 'Medallia';
    name.dispatchEvent(new Event('input'));
    await settle(fixture);
    button('Create key')!.click();
    const req = http.expectOne((r) => r.url === '/api/cx/api-keys' && r.method === 'POST');
    expect(req.request.body).toEqual({ name: 'Medallia' });
    const created: CreatedApiKey = { ...KEY, id: 'k2', name: 'Medallia', prefix: 'exk_Zz12', key: `exk_Zz12${'x'.repeat(39)}` };
    req.flush(created);
    http.expectOne((r) => r.url === '/api/cx/api-keys' && r.method === 'GET').flush([created, KEY]);
    await settle(fixture);

    expect(textOf(root.querySelector('.secret'))).toContain('Copy the key for “Medallia” now: it is shown only this once');
    expect(textOf(root.querySelector('.secret__key'))).toBe(created.key);
    button('Copy')!.click();
    await settle(fixture);
    expect(writeText).toHaveBeenCalledWith(created.key);
    expect(button('Copied')).toBeDefined();
    // The list shows the prefix only.
    expect(textOf(root.querySelector('table.keys'))).not.toContain(created.key);

    button('Done')!.click();
    await settle(fixture);
    expect(root.querySelector('.secret')).toBeNull();
  });

  it('revokes a key only after a confirmation', async () => {
    const { fixture, root, button } = await setup();
    const rows = () => Array.from(root.querySelectorAll('table.keys tbody tr')).map((tr) => textOf(tr));
    expect(rows()[0]).toContain('Qualtrics exk_AbCd…');
    expect(rows()[0]).toContain('Never Active');
    expect(rows()[1]).toContain('Revoked');
    expect(root.querySelectorAll('table.keys tbody tr:nth-child(2) button')).toHaveLength(0);

    button('Revoke')!.click();
    await settle(fixture);
    expect(textOf(root.querySelector('.confirm'))).toBe('Revoke “Qualtrics”? Tools using it stop working at once.');
    button('Cancel')!.click();
    await settle(fixture);
    expect(root.querySelector('.confirm')).toBeNull();

    button('Revoke')!.click();
    await settle(fixture);
    button('Revoke key')!.click();
    const req = http.expectOne('/api/cx/api-keys/k1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null);
    http.expectOne((r) => r.url === '/api/cx/api-keys' && r.method === 'GET').flush([{ ...KEY, revokedAt: '2026-06-15T09:00:00Z' }]);
    await settle(fixture);
    expect(button('Revoke')).toBeUndefined();
  });

  it('asks for another metric', async () => {
    const { fixture, root } = await setup();
    const select = root.querySelector('mat-select') as HTMLElement;
    select.click();
    await settle(fixture);
    const option = Array.from(document.querySelectorAll('mat-option')).find((o) => textOf(o) === 'CES') as HTMLElement;
    option.click();
    await settle(fixture);
    metricsRequest('ces').flush([metric({ metric: 'ces', value: 5.4, mean: 5.4 })]);
    await settle(fixture);
    expect(textOf(root.querySelector('table.metrics tbody'))).toContain('5.40');
  });
});
