import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ActionPlanView, CreateActionPlanRequest } from '@ex-pulse/contracts';
import { DRIVERS, TITLE_MAX } from '@ex-pulse/domain';
import { distinctUntilChanged, map } from 'rxjs';
import { navigateQuery } from '../../analytics/query-load';
import { AuthService } from '../../core/auth/auth.service';
import { departmentOptions } from '../../employees/department-options';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { FollowUpApiService } from '../follow-up-api.service';
import { reloadableLoad, Saving } from '../follow-up-requests';
import { ActionPlanCardComponent } from './action-plan-card.component';
import { DriverNamePipe } from './driver-name.pipe';

/**
 * /follow-up/plans?unit=&new=1: a unit's action plans, and a new one for it. Alerts link here with
 * `new=1` for their unit. Leaders read; HR and the unit's managers plan.
 */
@Component({
  selector: 'exp-action-plans-page',
  imports: [MatButtonModule, TranslocoPipe, LoadingBarComponent, ActionPlanCardComponent, DriverNamePipe],
  templateUrl: './action-plans-page.component.html',
  styleUrl: './action-plans-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlansPageComponent {
  private readonly api = inject(FollowUpApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly titleMax = TITLE_MAX;
  protected readonly drivers = DRIVERS;
  private readonly auth = inject(AuthService);
  protected readonly canPlan = computed(() => this.auth.user()?.role !== 'leader');
  protected readonly unit = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('unit') || null)), { initialValue: null });
  protected readonly creating = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('new') === '1')), { initialValue: false });
  protected readonly departments = toSignal(this.api.departments().pipe(map(departmentOptions)), { initialValue: [] });
  private readonly load = reloadableLoad(
    this.route.queryParamMap.pipe(map((p) => p.get('unit') || null), distinctUntilChanged()),
    (unit) => this.api.plans(unit),
  );
  /** The loaded plans, with the ones changed or created here since. */
  protected readonly plans = linkedSignal<ActionPlanView[]>(() => this.load.data()?.plans ?? []);
  protected readonly loading = this.load.loading;
  protected readonly error = this.load.error;
  protected readonly unitName = computed(() => this.departments().find((d) => d.id === this.unit())?.name ?? null);

  /** The new plan's form. */
  protected readonly draftTitle = signal('');
  protected readonly draftDriver = signal('');
  protected readonly draftTheme = signal('');
  protected readonly draftAction = signal('');
  protected readonly saving = new Saving();

  protected chooseUnit(event: Event): void {
    void navigateQuery(this.router, { unit: (event.target as HTMLSelectElement).value || null });
  }

  protected startNew(open: boolean): void {
    this.saving.error.set(null);
    void navigateQuery(this.router, { new: open ? 1 : null });
  }

  protected typed(field: 'title' | 'driver' | 'theme' | 'action', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    ({ title: this.draftTitle, driver: this.draftDriver, theme: this.draftTheme, action: this.draftAction })[field].set(value);
  }

  protected create(event: Event): void {
    event.preventDefault();
    const unitId = this.unit();
    const title = this.draftTitle().trim();
    if (!unitId || !title || this.saving.busy()) return;
    const plan: CreateActionPlanRequest = { unitId, title, focus: [], actions: [] };
    if (this.draftDriver()) plan.focus!.push({ kind: 'driver', driver: this.draftDriver() });
    if (this.draftTheme().trim()) plan.focus!.push({ kind: 'theme', theme: this.draftTheme().trim() });
    if (this.draftAction().trim()) plan.actions!.push({ title: this.draftAction().trim() });
    this.saving.run(this.api.createPlan(plan), (created) => {
      this.plans.set([created, ...this.plans()]);
      for (const draft of [this.draftTitle, this.draftDriver, this.draftTheme, this.draftAction]) draft.set('');
      this.startNew(false);
    });
  }

  protected replaced(plan: ActionPlanView): void {
    this.plans.set(this.plans().map((p) => (p.id === plan.id ? plan : p)));
  }
}
