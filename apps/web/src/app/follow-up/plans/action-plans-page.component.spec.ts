import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DepartmentDto } from '@ex-pulse/contracts';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { HR, planFixture } from '../follow-up-fixtures';
import { ActionPlansPageComponent } from './action-plans-page.component';

const DEPARTMENTS: DepartmentDto[] = [
  { id: 'd-sales', name: 'Sales', parentId: null, customerFacing: true, internalProvider: false },
  { id: 'd-north', name: 'North', parentId: 'd-sales', customerFacing: true, internalProvider: false },
];

describe('ActionPlansPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'follow-up/plans', component: ActionPlansPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/follow-up/plans?unit=d-north', plans = [planFixture()]) {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    const req = http.expectOne((r) => r.url === '/api/action-plans');
    req.flush({ unitId: 'd-north', plans });
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  const plan = (root: HTMLElement) => root.querySelector('[data-testid="plan"]') as HTMLElement;

  it("shows the unit's plans: focus areas, actions, who sees them, progress", async () => {
    const { root, req } = await open();
    expect(req.request.params.get('unit')).toBe('d-north');
    expect(textOf(plan(root).querySelector('.plan__head'))).toBe('Calmer rotas owned by Mari Maasikas · Open Close plan');
    expect(textOf(plan(root).querySelector('[data-testid="plan-focus"]'))).toBe(
      'Driver Wellbeing Remove Comment The rota changes every day (2026-Q2) Remove',
    );
    const action = plan(root).querySelector('[data-testid="plan-action"]') as HTMLElement;
    expect(textOf(action)).toContain('Publish the rota two weeks ahead');
    expect(textOf(action)).toContain('Helle HR · due 2026-07-01');
    expect(textOf(action)).toContain('First rota out');
    expect((action.querySelector('[data-testid="action-shown"]') as HTMLInputElement).checked).toBe(true);
    expect((action.querySelector('[data-testid="action-shown"]') as HTMLInputElement).disabled).toBe(false);
  });

  it("lets only the plan's owner choose what employees see", async () => {
    const { root } = await open('/follow-up/plans?unit=d-north', [planFixture({ isOwner: false })]);
    const shown = plan(root).querySelector('[data-testid="action-shown"]') as HTMLInputElement;
    expect(shown.disabled).toBe(true);
    expect(textOf(plan(root))).toContain("Only the plan's owner chooses what employees see.");
  });

  it('changes an action status and its showing to employees', async () => {
    const { harness, root } = await open();
    const status = plan(root).querySelector('[data-testid="action-status"]') as HTMLSelectElement;
    status.value = 'done';
    status.dispatchEvent(new Event('change'));
    const done = http.expectOne('/api/action-plans/p-1/actions/a-1');
    expect(done.request.method).toBe('PATCH');
    expect(done.request.body).toEqual({ status: 'done' });
    const updated = planFixture();
    updated.actions[0] = { ...updated.actions[0], status: 'done', doneOn: '2026-06-26' };
    done.flush(updated);
    await settle(harness.fixture);
    expect(textOf(plan(root).querySelector('[data-testid="plan-action"]'))).toContain('done 2026-06-26');

    const shown = plan(root).querySelector('[data-testid="action-shown"]') as HTMLInputElement;
    shown.checked = false;
    shown.dispatchEvent(new Event('change'));
    expect(http.expectOne('/api/action-plans/p-1/actions/a-1').request.body).toEqual({ shownToEmployees: false });
  });

  it('creates a plan for the unit from the new-plan form an alert links to', async () => {
    const { harness, root } = await open('/follow-up/plans?unit=d-north&new=1', []);
    const form = root.querySelector('[data-testid="new-plan-form"]') as HTMLElement;
    expect(textOf(form.querySelector('h2'))).toBe('New action plan for North');
    const type = (testId: string, value: string, event = 'input') => {
      const field = form.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event(event));
    };
    type('new-plan-title', '  Calmer rotas ');
    type('new-plan-driver', 'wellbeing', 'change');
    type('new-plan-theme', 'Rota planning');
    type('new-plan-action', 'Publish the rota two weeks ahead');
    await settle(harness.fixture);
    (form.querySelector('[data-testid="create-plan"]') as HTMLButtonElement).click();
    const create = http.expectOne('/api/action-plans');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      unitId: 'd-north', title: 'Calmer rotas',
      focus: [{ kind: 'driver', driver: 'wellbeing' }, { kind: 'theme', theme: 'Rota planning' }],
      actions: [{ title: 'Publish the rota two weeks ahead' }],
    });
    create.flush(planFixture());
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/follow-up/plans?unit=d-north');
    expect(textOf(plan(root).querySelector('.plan__title'))).toBe('Calmer rotas');
  });

  it('shows why a plan was refused', async () => {
    const { harness, root } = await open('/follow-up/plans?unit=d-north&new=1', []);
    const title = root.querySelector('[data-testid="new-plan-title"]') as HTMLInputElement;
    title.value = 'Mine';
    title.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    (root.querySelector('[data-testid="create-plan"]') as HTMLButtonElement).click();
    http.expectOne('/api/action-plans').flush({ statusCode: 403, message: 'North is outside your part of the organisation.' }, { status: 403, statusText: 'Forbidden' });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('[data-testid="new-plan-form"] [role="alert"]'))).toBe('North is outside your part of the organisation.');
  });

  it('offers leaders no new plan, and names drivers in Estonian', async () => {
    TestBed.inject(AuthService).login({ email: 'l@acme.test', password: 'x' }).subscribe();
    http.expectOne('/api/auth/login').flush({ id: 'u', email: 'l@acme.test', name: 'Liis', role: 'leader', scopeDepartmentId: null });
    const { harness, root } = await open('/follow-up/plans?unit=d-north', [planFixture({ canAct: false, isOwner: false, owner: HR })]);
    expect(root.querySelector('[data-testid="new-plan"]')).toBeNull();
    expect(root.querySelector('[data-testid="action-status"]')).toBeNull();
    TestBed.inject(LanguageService).use('et');
    await settle(harness.fixture);
    expect(textOf(plan(root).querySelector('[data-testid="plan-focus"]'))).toContain('Tegur Heaolu');
  });
});
