import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { GoalProgress } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { settle, textOf, translocoTesting } from '../../core/testing/transloco-testing';
import { goalProgress } from '../analytics-fixtures';
import { GoalProgressComponent } from './goal-progress.component';

describe('GoalProgressComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')], providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(progress: GoalProgress | null, inputs: { period?: string; department?: string | null; editable?: boolean } = {}) {
    const fixture: ComponentFixture<GoalProgressComponent> = TestBed.createComponent(GoalProgressComponent);
    fixture.componentRef.setInput('progress', progress);
    fixture.componentRef.setInput('period', inputs.period ?? '2026-Q4');
    fixture.componentRef.setInput('department', inputs.department === undefined ? 'd-co' : inputs.department);
    if (inputs.editable !== undefined) fixture.componentRef.setInput('editable', inputs.editable);
    let changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const line = () => textOf(root.querySelector('.goal__line'));
    const click = async (testid: string) => {
      (root.querySelector(`[data-testid="${testid}"]`) as HTMLButtonElement).click();
      await settle(fixture);
    };
    const type = async (value: string) => {
      const input = root.querySelector('[data-testid="goal-target"]') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle(fixture);
    };
    return { fixture, root, line, click, type, changed: () => changed };
  }

  it('tells the gap and whether it is beyond chance, as the API decided', async () => {
    const { line, root } = await render(goalProgress());
    expect(line()).toBe('Goal for Q4 2026: +30 — now +18, 12 points below the goal, beyond chance (more than ±7)');
    expect(root.querySelector('.goal__line--beyond')).not.toBeNull();
    expect(textOf(root.querySelector('.goal__note'))).toBe(
      'A gap is called beyond chance only when it exceeds 1.96 standard errors of the current eNPS; the goal itself is a fixed number.',
    );
    const within = await render(goalProgress({ current: 27, gap: -3, threshold: 9.4, beyondChance: false }));
    expect(within.line()).toBe('Goal for Q4 2026: +30 — now +27, 3 points below the goal, within the margin of error (±9)');
  });

  it("says which period's goal it is when it comes from a period holding the one shown", async () => {
    const { line } = await render(goalProgress({ period: '2026-11', gap: 4, current: 34 }, { period: '2026' }), { period: '2026-11' });
    expect(line()).toBe('Goal for 2026: +30 (measured over Nov 2026) — now +34, 4 points above the goal, beyond chance (more than ±7)');
  });

  it('withholds the progress with the figure, never a number', async () => {
    const { line } = await render(goalProgress({ withheld: 'too_few', current: null, gap: null, threshold: null, beyondChance: null }));
    expect(line()).toBe('Goal for Q4 2026: +30 — Its progress is withheld with the figure.');
  });

  it('sets a goal for the unit and period shown, then asks for the figures again', async () => {
    const { root, line, click, type, changed, fixture } = await render(null);
    expect(line()).toBe('No eNPS goal for Q4 2026.');
    await click('goal-edit');
    expect(textOf(root.querySelector('[data-testid="goal-form"] label'))).toBe('eNPS target for Q4 2026 (−100 to 100)');
    await type('25');
    await click('goal-save');
    const req = http.expectOne('/api/goals');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ department: 'd-co', period: '2026-Q4', target: 25 });
    req.flush(goalProgress().goal);
    await settle(fixture);
    expect(changed()).toBe(1);
    expect(root.querySelector('[data-testid="goal-form"]')).toBeNull();
  });

  it("changes or removes the period's own goal, and shows the API's message when it refuses", async () => {
    const { root, click, type, fixture } = await render(goalProgress());
    expect(textOf(root.querySelector('[data-testid="goal-edit"]'))).toBe('Change goal');
    await click('goal-edit');
    expect((root.querySelector('[data-testid="goal-target"]') as HTMLInputElement).value).toBe('30');
    await type('40');
    await click('goal-save');
    const patch = http.expectOne('/api/goals/g-1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ target: 40 });
    patch.flush({ statusCode: 403, message: 'Department d-co is outside your part of the organisation.' }, { status: 403, statusText: 'Forbidden' });
    await settle(fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('Department d-co is outside your part of the organisation.');
    // The form stays open with what was typed; a second try that succeeds closes it.
    await click('goal-save');
    http.expectOne('/api/goals/g-1').flush(goalProgress().goal);
    await settle(fixture);
    await click('goal-remove');
    const remove = http.expectOne('/api/goals/g-1');
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null);
  });

  it("offers no removal of a goal that belongs to a period holding the one shown, and no form when read-only", async () => {
    const inherited = await render(goalProgress({ period: '2026-11' }, { period: '2026' }), { period: '2026-11' });
    expect(textOf(inherited.root.querySelector('[data-testid="goal-edit"]'))).toBe('Set a goal');
    expect(inherited.root.querySelector('[data-testid="goal-remove"]')).toBeNull();
    const readOnly = await render(goalProgress(), { editable: false });
    expect(readOnly.root.querySelector('[data-testid="goal-edit"]')).toBeNull();
  });

  it('speaks Estonian', async () => {
    TestBed.inject(LanguageService).use('et');
    const { line } = await render(goalProgress());
    expect(line()).toBe('Eesmärk perioodiks 2026 IV kvartal: +30 — praegu +18, 12 punkti alla eesmärgi, juhuslikkusest suurem (üle ±7)');
  });
});
