import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { ActionPlanView, ActionStatus, FocusKind, FollowUpUser, PlanActionView } from '@ex-pulse/contracts';
import { ACTION_STATUSES, DRIVERS, NOTE_MAX, TITLE_MAX } from '@ex-pulse/domain';
import { Observable } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { formatInstant } from '../../shared/format-instant';
import { FollowUpApiService } from '../follow-up-api.service';
import { Saving } from '../follow-up-requests';
import { DriverNamePipe } from './driver-name.pipe';

/**
 * One action plan: its focus areas, its actions (status, owner, due date, whether the unit's employees
 * see it: the plan's owner's choice) with their progress notes, and the forms to add to them.
 */
@Component({
  selector: 'exp-action-plan-card',
  imports: [MatButtonModule, TranslocoPipe, DriverNamePipe],
  templateUrl: './action-plan-card.component.html',
  styleUrl: './action-plan-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanCardComponent {
  private readonly api = inject(FollowUpApiService);
  private readonly language = inject(LanguageService);

  readonly plan = input.required<ActionPlanView>();
  readonly showUnit = input(false);
  readonly changed = output<ActionPlanView>();

  protected readonly statuses = ACTION_STATUSES;
  protected readonly drivers = DRIVERS;
  protected readonly titleMax = TITLE_MAX;
  protected readonly noteMax = NOTE_MAX;
  protected readonly editable = computed(() => this.plan().canAct && this.plan().status === 'open');
  protected readonly owners = signal<FollowUpUser[] | null>(null);
  protected readonly saving = new Saving();
  protected readonly focusKind = signal<Exclude<FocusKind, 'item'>>('driver');
  protected readonly focusValue = signal('');
  protected readonly actionTitle = signal('');
  protected readonly actionDue = signal('');
  protected readonly actionOwner = signal('');
  /** Progress notes being written, per action. */
  protected readonly progress = signal<Readonly<Partial<Record<string, string>>>>({});

  protected when(iso: string): string {
    return formatInstant(iso, this.language.current());
  }

  protected loadOwners(): void {
    if (this.owners() !== null || !this.plan().canAct) return;
    this.api.owners(this.plan().unitId).subscribe({ next: (o) => this.owners.set(o.owners), error: () => this.owners.set([]) });
  }

  protected typed(field: 'focusKind' | 'focusValue' | 'actionTitle' | 'actionDue' | 'actionOwner', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    if (field === 'focusKind') {
      this.focusKind.set(value === 'theme' ? 'theme' : 'driver');
      this.focusValue.set('');
    } else {
      ({ focusValue: this.focusValue, actionTitle: this.actionTitle, actionDue: this.actionDue, actionOwner: this.actionOwner })[field].set(value);
    }
  }

  protected typedProgress(actionId: string, event: Event): void {
    this.progress.set({ ...this.progress(), [actionId]: (event.target as HTMLTextAreaElement).value.slice(0, NOTE_MAX) });
  }

  protected setPlanStatus(status: 'open' | 'closed'): void {
    this.save(this.api.updatePlan(this.plan().id, { status }));
  }

  protected addFocus(event: Event): void {
    event.preventDefault();
    const value = this.focusValue().trim();
    if (!value) return;
    const focus = this.focusKind() === 'driver' ? { kind: 'driver' as const, driver: value } : { kind: 'theme' as const, theme: value };
    this.save(this.api.addFocus(this.plan().id, focus), () => this.focusValue.set(''));
  }

  protected removeFocus(focusId: string): void {
    this.save(this.api.removeFocus(this.plan().id, focusId));
  }

  protected addAction(event: Event): void {
    event.preventDefault();
    const title = this.actionTitle().trim();
    if (!title) return;
    this.save(
      this.api.addAction(this.plan().id, { title, dueOn: this.actionDue() || null, ownerId: this.actionOwner() || null }),
      () => {
        this.actionTitle.set('');
        this.actionDue.set('');
        this.actionOwner.set('');
      },
    );
  }

  protected setStatus(action: PlanActionView, event: Event): void {
    const status = (event.target as HTMLSelectElement).value as ActionStatus;
    if (status !== action.status) this.save(this.api.updateAction(this.plan().id, action.id, { status }));
  }

  protected setShown(action: PlanActionView, event: Event): void {
    const shownToEmployees = (event.target as HTMLInputElement).checked;
    this.save(this.api.updateAction(this.plan().id, action.id, { shownToEmployees }));
  }

  protected addProgress(action: PlanActionView, event: Event): void {
    event.preventDefault();
    const body = (this.progress()[action.id] ?? '').trim();
    if (!body) return;
    this.save(this.api.addProgress(this.plan().id, action.id, body), () => {
      const { [action.id]: _, ...rest } = this.progress();
      this.progress.set(rest);
    });
  }

  private save(request: Observable<ActionPlanView>, done?: () => void): void {
    this.saving.run(request, (plan) => {
      done?.();
      this.changed.emit(plan);
    });
  }
}
