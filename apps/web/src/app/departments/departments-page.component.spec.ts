import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { DepartmentDto } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { DepartmentsPageComponent } from './departments-page.component';

const TREE: DepartmentDto[] = [
  { id: 'd1', name: 'Company', parentId: null, customerFacing: false, internalProvider: false },
  { id: 'd2', name: 'Sales', parentId: 'd1', customerFacing: true, internalProvider: false },
  { id: 'd3', name: 'Sales North', parentId: 'd2', customerFacing: false, internalProvider: false },
  { id: 'd4', name: 'IT', parentId: 'd1', customerFacing: false, internalProvider: true },
];

describe('DepartmentsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function setup() {
    const fixture = TestBed.createComponent(DepartmentsPageComponent);
    await settle(fixture);
    http.expectOne('/api/departments').flush(TREE);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const row = (name: string) => root.querySelector<HTMLElement>(`[data-testid="department-${name}"]`)!;
    const click = async (el: Element | null) => {
      (el as HTMLElement).click();
      await settle(fixture);
    };
    return { fixture, root, row, click };
  }

  it('shows the tree in order, indented, with the flags', async () => {
    const { root, row } = await setup();
    const names = Array.from(root.querySelectorAll('.tree__name')).map((n) => textOf(n));
    expect(names).toEqual(['Company', 'IT', 'Sales', 'Sales North']);
    expect(row('Sales North').style.getPropertyValue('--depth')).toBe('2');
    expect(textOf(row('Sales'))).toContain('Customer-facing');
    expect(textOf(row('IT'))).toContain('Internal provider');
  });

  it('creates a department under the chosen parent and reloads the tree', async () => {
    const { fixture, root, row, click } = await setup();
    await click(row('Sales').querySelector('[data-testid="department-add-child"]'));
    const name = root.querySelector<HTMLInputElement>('[data-testid="department-name"]')!;
    name.value = 'Sales South';
    name.dispatchEvent(new Event('input'));
    await click(root.querySelector('[data-testid="department-save"]'));

    const req = http.expectOne({ method: 'POST', url: '/api/departments' });
    expect(req.request.body).toEqual({ name: 'Sales South', parentId: 'd2', customerFacing: false, internalProvider: false });
    req.flush({ id: 'd5', name: 'Sales South', parentId: 'd2', customerFacing: false, internalProvider: false });
    await settle(fixture);
    http.expectOne('/api/departments').flush([...TREE, { id: 'd5', name: 'Sales South', parentId: 'd2', customerFacing: false, internalProvider: false }]);
    await settle(fixture);
    expect(root.querySelector('[data-testid="department-form"]')).toBeNull();
    expect(textOf(root)).toContain('Sales South');
  });

  it('moves and renames through PATCH, never offering the department or its subtree as parent, and shows a refusal', async () => {
    const { fixture, root, row, click } = await setup();
    await click(row('Sales').querySelector('[data-testid="department-edit"]'));
    expect(textOf(root.querySelector('h2'))).toBe('Change Sales');
    await click(root.querySelector('[data-testid="department-parent"] .mat-mdc-select-trigger'));
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) => textOf(o));
    expect(options).toEqual(['Top level (no parent)', 'Company', 'IT']);
    await click(Array.from(document.querySelectorAll('mat-option')).find((o) => textOf(o) === 'IT')!);
    await click(root.querySelector('[data-testid="department-save"]'));

    const req = http.expectOne({ method: 'PATCH', url: '/api/departments/d2' });
    expect(req.request.body).toEqual({ name: 'Sales', parentId: 'd4', customerFacing: true, internalProvider: false });
    req.flush(
      { statusCode: 400, message: 'A department cannot be moved under itself or one of its sub-departments.' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(textOf(root.querySelector('[data-testid="department-form-error"]'))).toBe(
      'A department cannot be moved under itself or one of its sub-departments.',
    );
  });

  it('shows why the API refused to delete a department, beside it', async () => {
    const { fixture, root, row, click } = await setup();
    await click(row('Sales').querySelector('[data-testid="department-delete"]'));
    http.expectOne({ method: 'DELETE', url: '/api/departments/d2' }).flush(
      { statusCode: 409, message: 'Sales still has 1 sub-department. Move it to another department first.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(row('Sales').querySelector('[data-testid="department-delete-error"]'))).toBe(
      'Sales still has 1 sub-department. Move it to another department first.',
    );
    expect(root.querySelectorAll('[data-testid="department-delete-error"]').length).toBe(1);
  });

  it('deletes an empty department and reloads', async () => {
    const { fixture, row, click, root } = await setup();
    await click(row('Sales North').querySelector('[data-testid="department-delete"]'));
    http.expectOne({ method: 'DELETE', url: '/api/departments/d3' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne('/api/departments').flush(TREE.filter((d) => d.id !== 'd3'));
    await settle(fixture);
    expect(textOf(root)).not.toContain('Sales North');
  });
});
