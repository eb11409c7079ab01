import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { GoalProgress } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { periodLabel } from '../analytics-format';
import { GoalsApiService } from './goals-api.service';
import { goalWords } from './goal-progress';

/**
 * A unit's eNPS goal beside its figure: "Goal for Q2 2026: +30 — now +43, 13 points above the goal,
 * beyond chance (more than ±12)", and a small form to set, change or remove the goal of the period
 * shown (the API refuses a unit outside the user's part, and says so).
 */
@Component({
  selector: 'exp-goal-progress',
  imports: [FormsModule, MatButtonModule, TranslocoPipe],
  template: `
    <div class="goal" data-testid="goal-progress">
      @if (words(); as w) {
        <p class="goal__line" [class.goal__line--beyond]="progress()?.beyondChance">
          <strong>{{ w.target }}</strong>
          @if (w.inherited) { <span class="muted">{{ w.inherited }}</span> }
          —
          @if (w.missing) {
            <span class="muted">{{ w.missing }}</span>
          } @else {
            {{ w.current }}, {{ w.gap }}, {{ w.chance }}
          }
        </p>
        <p class="muted goal__note">{{ 'analytics.goals.explain' | transloco }}</p>
      } @else {
        <p class="goal__line muted">{{ 'analytics.goals.none' | transloco: { period: periodName() } }}</p>
      }
      @if (editable()) {
        @if (editing()) {
          <form class="goal__form" (ngSubmit)="save()" data-testid="goal-form">
            <label>
              <span>{{ 'analytics.goals.targetLabel' | transloco: { period: periodName() } }}</span>
              <input type="number" name="target" min="-100" max="100" step="1" required [ngModel]="target()" (ngModelChange)="target.set($event)" data-testid="goal-target" />
            </label>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="goal-save">{{ 'analytics.goals.save' | transloco }}</button>
            <button mat-button type="button" (click)="editing.set(false)">{{ 'analytics.goals.cancel' | transloco }}</button>
          </form>
        } @else {
          <div class="goal__actions">
            <button mat-stroked-button type="button" (click)="edit()" data-testid="goal-edit">
              {{ (own() ? 'analytics.goals.change' : 'analytics.goals.set') | transloco }}
            </button>
            @if (own()) {
              <button mat-button type="button" [disabled]="busy()" (click)="remove()" data-testid="goal-remove">{{ 'analytics.goals.remove' | transloco }}</button>
            }
          </div>
        }
        @if (error(); as e) { <p class="error-text" role="alert">{{ e }}</p> }
      }
    </div>
  `,
  styles: `
    .goal { margin: 12px 0 0; }
    .goal__line { margin: 0; }
    .goal__line--beyond strong { color: var(--mat-sys-primary); }
    .goal__note { font-size: .8125rem; margin: 4px 0 0; }
    .goal__form, .goal__actions { display: flex; flex-wrap: wrap; align-items: end; gap: 8px; margin-top: 8px; }
    .goal__form label { display: flex; flex-direction: column; font-size: .875rem; gap: 4px; }
    .goal__form input { width: 8em; padding: 6px 8px; font: inherit; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalProgressComponent {
  readonly progress = input.required<GoalProgress | null>();
  /** The period shown: a goal is set for it (or comes from a period holding it). */
  readonly period = input.required<string>();
  /** The unit shown: a department id, or null for the organisation. */
  readonly department = input.required<string | null>();
  readonly editable = input(true);
  /** A goal was saved or removed: the figures around it should be loaded again. */
  readonly changed = output<void>();

  private readonly api = inject(GoalsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly target = signal<number | null>(null);

  protected readonly periodName = computed(() => periodLabel(this.period(), this.language.current()));
  protected readonly words = computed(() => {
    const p = this.progress();
    return p ? goalWords(p, this.transloco, this.language.current()) : null;
  });
  /** The goal is of the period shown (not one holding it): it can be changed or removed here. */
  protected readonly own = computed(() => {
    const p = this.progress();
    return p !== null && p.goal.period === this.period() ? p.goal : null;
  });

  protected edit(): void {
    this.target.set(this.own()?.target ?? null);
    this.error.set(null);
    this.editing.set(true);
  }

  protected save(): void {
    const target = Number(this.target());
    const goal = this.own();
    this.run(goal ? this.api.update(goal.id, { target }) : this.api.create({ department: this.department(), period: this.period(), target }));
  }

  protected remove(): void {
    const goal = this.own();
    if (goal) this.run(this.api.remove(goal.id));
  }

  private run(request: Observable<unknown>): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.editing.set(false);
        this.changed.emit();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }
}
