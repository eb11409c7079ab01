import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { InternalCsatReport, InternalProvidersOverview } from '@ex-pulse/contracts';
import { AuthService } from '../core/auth/auth.service';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { InternalServicePageComponent } from './internal-service-page.component';

const IT = 'it', HR = 'hr', SALES = 'sales', OPS = 'ops';
const shown = (n: number, share: number, mean: number) => ({
  n, share, shareLow: share - 20, shareHigh: share + 10, mean, meanLow: mean - 0.5, meanHigh: mean + 0.4, withheld: null,
});
const WITHHELD = { n: null, share: null, shareLow: null, shareHigh: null, mean: null, meanLow: null, meanHigh: null };

function report(): InternalCsatReport {
  return {
    period: '2026', from: '2026-01-01', to: '2026-12-31', k: 5,
    providers: [
      {
        provider: { id: HR, name: 'HR' }, csat: shown(40, 80, 4.1),
        trend: [{ month: '2026-01', ...shown(20, 75, 4) }, { month: '2026-02', ...WITHHELD, withheld: 'too_few' }],
      },
      { provider: { id: IT, name: 'IT Services' }, csat: { ...WITHHELD, withheld: 'subtraction' }, trend: [] },
    ],
    consumers: [{ id: OPS, name: 'Ops' }, { id: SALES, name: 'Sales' }],
    matrixProviders: [{ id: HR, name: 'HR' }, { id: IT, name: 'IT Services' }],
    matrix: [
      { consumerId: SALES, providerId: HR, ...shown(30, 70, 3.9) },
      { consumerId: OPS, providerId: HR, ...WITHHELD, withheld: 'too_few' },
      { consumerId: SALES, providerId: IT, ...WITHHELD, withheld: 'subtraction' },
    ],
  };
}

const PROVIDERS: InternalProvidersOverview = {
  providers: [{ id: HR, name: 'HR' }, { id: IT, name: 'IT Services' }],
  departments: [
    { id: SALES, name: 'Sales', internalProvider: false, providerIds: [HR] },
    { id: IT, name: 'IT Services', internalProvider: true, providerIds: [] },
  ],
};

describe('InternalServicePageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'internal-service', component: InternalServicePageComponent }]);
  });
  afterEach(() => http.verify());

  async function open(role: 'admin' | 'leader') {
    TestBed.inject(AuthService).login({ email: 'x@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'x@acme.test', name: 'X', role, scopeDepartmentId: null });
    const harness = await RouterTestingHarness.create('/internal-service');
    const req = http.expectOne((r) => r.url === '/api/internal-service/csat');
    req.flush(report());
    if (role === 'admin') http.expectOne('/api/internal-service/providers').flush(PROVIDERS);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  it('shows providers side by side with CSAT, mean, intervals and n, and withheld figures as withheld', async () => {
    const { root, req } = await open('leader');
    expect(req.request.params.get('period')).toBe(String(new Date().getFullYear()));
    const rows = [...root.querySelectorAll('table.providers tbody tr')].map((r) => textOf(r).replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('HR');
    expect(rows[0]).toContain('80%');
    expect(rows[0]).toContain('60–90%');
    expect(rows[0]).toContain('4.1');
    expect(rows[0]).toContain('3.6–4.5');
    expect(rows[0]).toContain('40');
    expect(rows[1]).toMatch(/IT Services Withheld/);
    // No HR panel for a leader.
    expect(root.querySelector('exp-provider-setup')).toBeNull();
  });

  it('draws the matrix of consumers × providers, with withheld and missing cells', async () => {
    const { root } = await open('leader');
    const heads = [...root.querySelectorAll('table.matrix thead th')].map((h) => textOf(h).trim());
    expect(heads).toEqual(['Consumer department', 'HR', 'IT Services']);
    const cells = [...root.querySelectorAll('table.matrix tbody tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => textOf(c).replace(/\s+/g, ' ').trim()));
    expect(cells).toEqual([
      ['Ops', 'Withheld', '–'],
      ['Sales', '70% n = 30', 'Withheld'],
    ]);
    expect(textOf(root)).toContain('fewer than 5 answers');
  });

  it('lets HR change a department’s providers', async () => {
    const { root, harness } = await open('admin');
    expect(textOf(root.querySelector('exp-provider-setup'))).toContain('Sales');
    const setup = harness.fixture.debugElement.query((d) => d.name === 'exp-provider-setup').componentInstance as {
      choose(id: string, ids: string[]): void; save(id: string): void;
    };
    setup.choose(SALES, [HR, IT]);
    setup.save(SALES);
    const put = http.expectOne('/api/internal-service/departments/sales/providers');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ providerIds: [HR, IT] });
    put.flush({ id: SALES, name: 'Sales', internalProvider: false, providerIds: [HR, IT] });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('exp-provider-setup'))).toContain('Saved');
  });
});
