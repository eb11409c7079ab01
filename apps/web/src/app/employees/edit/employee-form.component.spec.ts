import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { EmployeeDto } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../../core/testing/transloco-testing';
import { EmployeeFormComponent } from './employee-form.component';
import { fieldOfMessage } from './employee-form';

const ANN: EmployeeDto = {
  id: 'e1', externalId: 'E-001', name: 'Ann Tamm', workEmail: 'ann@acme.test', personalEmail: null,
  departmentId: 'd2', departmentName: 'Sales', managerId: 'e9', managerName: 'Mart Mets', location: 'Tallinn',
  language: 'et', startDate: '2025-10-01', noticeDate: null, endDate: null, phase: 'onboarding', tenureBand: 'under_3m',
};
const DEPARTMENTS = [{ id: 'd1', name: 'Company', depth: 0 }, { id: 'd2', name: 'Sales', depth: 1 }];

describe('EmployeeFormComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function setup(employee: EmployeeDto | null) {
    const fixture = TestBed.createComponent(EmployeeFormComponent);
    fixture.componentRef.setInput('employee', employee);
    fixture.componentRef.setInput('departments', DEPARTMENTS);
    const events: string[] = [];
    fixture.componentInstance.saved.subscribe((e) => events.push(`saved ${e.id}`));
    fixture.componentInstance.deleted.subscribe(() => events.push('deleted'));
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const field = (id: string) => root.querySelector<HTMLInputElement>(`[data-testid="employee-${id}"]`)!;
    const type = async (id: string, value: string) => {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
      await settle(fixture);
    };
    const click = async (id: string) => {
      root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.click();
      await settle(fixture);
    };
    return { fixture, root, field, type, click, events };
  }

  it('records a notice and end date with PUT, keeping the manager, and sends empty optional fields as null', async () => {
    const { fixture, field, type, click, events } = await setup(ANN);
    expect(field('name').value).toBe('Ann Tamm');
    expect(field('start-date').value).toBe('2025-10-01');
    await type('notice-date', '2026-05-04');
    await type('end-date', '2026-06-30');
    await click('employee-save');

    const req = http.expectOne({ method: 'PUT', url: '/api/employees/e1' });
    expect(req.request.body).toEqual({
      externalId: 'E-001', name: 'Ann Tamm', workEmail: 'ann@acme.test', personalEmail: null, departmentId: 'd2',
      managerId: 'e9', location: 'Tallinn', language: 'et', startDate: '2025-10-01', noticeDate: '2026-05-04', endDate: '2026-06-30',
    });
    req.flush({ ...ANN, noticeDate: '2026-05-04', endDate: '2026-06-30', phase: 'separation' });
    await settle(fixture);
    expect(events).toEqual(['saved e1']);
  });

  it("shows the API's messages under the fields they name, and the rest under the form", async () => {
    const { fixture, root, type, click, events } = await setup(null);
    await type('name', 'Kadri Kask');
    await type('work-email', 'kadri');
    await type('start-date', '2026-05-01');
    await type('end-date', '2026-04-01');
    await click('employee-save');
    const req = http.expectOne({ method: 'POST', url: '/api/employees' });
    expect(req.request.body).toMatchObject({ name: 'Kadri Kask', managerId: null, noticeDate: null, endDate: '2026-04-01' });
    req.flush(
      {
        statusCode: 400,
        message: ['externalId must be longer than or equal to 1 characters', 'workEmail must be an email address.',
          'End date 2026-04-01 is before start date 2026-05-01.', 'The department or manager does not exist.'],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    const errorOf = (id: string) => textOf(root.querySelector(`[data-testid="employee-${id}"]`)!.closest('mat-form-field')!.querySelector('mat-error'));
    expect(errorOf('external-id')).toBe('externalId must be longer than or equal to 1 characters');
    expect(errorOf('work-email')).toBe('workEmail must be an email address.');
    expect(errorOf('end-date')).toBe('End date 2026-04-01 is before start date 2026-05-01.');
    expect(errorOf('name')).toBe('');
    expect(Array.from(root.querySelectorAll('[data-testid="employee-form-error"]')).map((p) => textOf(p))).toEqual([
      'The department or manager does not exist.',
    ]);
    expect(events).toEqual([]);

    await type('work-email', 'kadri@example.test');
    expect(errorOf('work-email')).toBe('');
  });

  it('deletes only after a second, explicit confirmation', async () => {
    const { fixture, root, click, events } = await setup(ANN);
    await click('employee-delete');
    expect(textOf(root)).toContain('Delete for good?');
    http.expectNone('/api/employees/e1');
    await click('employee-delete-confirm');
    http.expectOne({ method: 'DELETE', url: '/api/employees/e1' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(events).toEqual(['deleted']);
  });

  it('offers no delete for a new employee', async () => {
    const { root } = await setup(null);
    expect(textOf(root.querySelector('h2'))).toBe('New employee');
    expect(root.querySelector('[data-testid="employee-delete"]')).toBeNull();
  });
});

describe('fieldOfMessage', () => {
  it.each([
    ['External id X1 is taken by another employee.', 'externalId'],
    ['Notice date 2026-07-01 is after end date 2026-06-30.', 'noticeDate'],
    ['Start date "1.5.2026" is not a date in the form YYYY-MM-DD.', 'startDate'],
    ['language must be en or et.', 'language'],
    ['name must be shorter than or equal to 200 characters', 'name'],
    ['An employee cannot be their own manager.', null],
  ])('%s → %s', (message, field) => expect(fieldOfMessage(message)).toBe(field));
});
