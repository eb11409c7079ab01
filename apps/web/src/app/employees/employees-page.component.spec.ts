import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { DepartmentDto, EmployeeDto, EmployeePage } from '@ex-pulse/contracts';
import { AuthService } from '../core/auth/auth.service';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { EmployeesPageComponent, SEARCH_DEBOUNCE_MS } from './employees-page.component';

const ANN: EmployeeDto = {
  id: 'e1', externalId: 'E-001', name: 'Ann Tamm', workEmail: 'ann@acme.test', personalEmail: null,
  departmentId: 'd2', departmentName: 'Sales', managerId: 'e9', managerName: 'Mart Mets', location: 'Tallinn',
  language: 'et', startDate: '2025-10-01', noticeDate: null, endDate: null, phase: 'onboarding', tenureBand: 'under_3m',
};
const DEPARTMENTS: DepartmentDto[] = [
  { id: 'd2', name: 'Sales', parentId: 'd1', customerFacing: true, internalProvider: false },
  { id: 'd1', name: 'Company', parentId: null, customerFacing: false, internalProvider: false },
];
const page = (items: EmployeeDto[], total = items.length): EmployeePage => ({ items, total, page: 1, pageSize: 50 });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EmployeesPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function setup() {
    const fixture = TestBed.createComponent(EmployeesPageComponent);
    await settle(fixture);
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    const first = http.expectOne((r) => r.url === '/api/employees');
    expect(first.request.params.get('page')).toBe('1');
    expect(first.request.params.get('pageSize')).toBe('50');
    first.flush(page([ANN], 1));
    await settle(fixture);
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('shows each employee with a readable phase chip', async () => {
    const { root } = await setup();
    const cells = Array.from(root.querySelectorAll('tr.mat-mdc-row td')).map((td) => textOf(td));
    expect(cells).toEqual(['Ann Tamm ann@acme.test', 'E-001', 'Sales', 'Mart Mets', 'Tallinn Estonian', '2025-10-01', 'Onboarding', 'Under 3 months']);
    expect(root.querySelector('.chip.phase--onboarding')).not.toBeNull();
    expect(root.querySelector('tr.mat-mdc-row td a')?.getAttribute('href')).toBe('/lifecycle/employees/e1');
  });

  it('searches once the typing pauses, from the first page', async () => {
    const { fixture, root } = await setup();
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    for (const text of ['a', 'an', 'ann']) {
      search.value = text;
      search.dispatchEvent(new Event('input'));
    }
    http.expectNone((r) => r.url === '/api/employees');
    await wait(SEARCH_DEBOUNCE_MS + 50);
    await settle(fixture);

    const req = http.expectOne((r) => r.url === '/api/employees');
    expect(req.request.params.get('search')).toBe('ann');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(page([]));
    await settle(fixture);
    expect(textOf(root)).toContain('No employees match.');
  });

  it('hides the CSV import from people who are not admins, and shows it to admins', async () => {
    const { fixture, root } = await setup();
    expect(root.querySelector('exp-employee-import')).toBeNull();

    const auth = TestBed.inject(AuthService);
    auth.login({ email: 'hr@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'hr@acme.test', name: 'Helen', role: 'admin', scopeDepartmentId: null });
    await settle(fixture);
    expect(textOf(root)).toContain('Import employees from CSV');
  });

  it('shows admins the blocked sign-ins, fetched only when the panel opens', async () => {
    const { fixture, root } = await setup();
    expect(textOf(root)).not.toContain('Blocked sign-ins');

    const auth = TestBed.inject(AuthService);
    auth.login({ email: 'hr@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'hr@acme.test', name: 'Helen', role: 'admin', scopeDepartmentId: null });
    await settle(fixture);
    const header = Array.from(root.querySelectorAll('mat-expansion-panel-header')).find((h) => textOf(h) === 'Blocked sign-ins');
    expect(header).toBeDefined();
    http.expectNone('/api/auth/blocked-sign-ins');

    (header as HTMLElement).click();
    await settle(fixture);
    http.expectOne('/api/auth/blocked-sign-ins').flush([]);
    await settle(fixture);
    expect(textOf(root)).toContain('No sign-in attempt was refused in the last 30 days.');
  });

  it('lets admins add and change employees through the form, and reloads the page after a save', async () => {
    const { fixture, root } = await setup();
    expect(root.querySelector('[data-testid="employee-new"]')).toBeNull();
    expect(root.querySelector('[data-testid="employee-edit"]')).toBeNull();

    const auth = TestBed.inject(AuthService);
    auth.login({ email: 'hr@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'hr@acme.test', name: 'Helen', role: 'admin', scopeDepartmentId: null });
    await settle(fixture);

    root.querySelector<HTMLElement>('[data-testid="employee-new"]')!.click();
    await settle(fixture);
    expect(textOf(root.querySelector('exp-employee-form h2'))).toBe('New employee');

    root.querySelector<HTMLElement>('[data-testid="employee-edit"]')!.click();
    await settle(fixture);
    expect(textOf(root.querySelector('exp-employee-form h2'))).toBe('Change Ann Tamm');
    root.querySelector<HTMLElement>('[data-testid="employee-save"]')!.click();
    await settle(fixture);
    http.expectOne({ method: 'PUT', url: '/api/employees/e1' }).flush(ANN);
    await settle(fixture);
    expect(root.querySelector('exp-employee-form')).toBeNull();
    http.expectOne((r) => r.url === '/api/employees').flush(page([ANN], 1));
  });
});
