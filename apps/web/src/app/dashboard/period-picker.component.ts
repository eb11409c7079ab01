import { ChangeDetectionStrategy, Component, input, linkedSignal, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Period, periodProblem } from './period';

/** From / to dates for the dashboard; the page keeps the chosen period in the URL. */
@Component({
  selector: 'exp-period-picker',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <form class="period" (submit)="apply($event)" novalidate>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'dashboard.period.from' | transloco }}</mat-label>
        <input matInput type="date" name="from" [value]="fromValue()" (input)="fromValue.set(valueOf($event))" required />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'dashboard.period.to' | transloco }}</mat-label>
        <input matInput type="date" name="to" [value]="toValue()" (input)="toValue.set(valueOf($event))" required />
      </mat-form-field>
      <div class="period__actions">
        <button mat-flat-button type="submit">{{ 'dashboard.period.apply' | transloco }}</button>
        <button mat-button type="button" (click)="reset.emit()">{{ 'dashboard.period.last12' | transloco }}</button>
      </div>
      <p class="period__error" role="alert">
        @if (problem(); as problem) { {{ problem | transloco }} }
      </p>
    </form>
  `,
  styles: `
    .period { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .period mat-form-field { flex: 1 1 150px; max-width: 200px; }
    .period__actions { display: flex; gap: 8px; }
    .period__error { flex-basis: 100%; margin: 0; color: var(--mat-sys-error); }
    .period__error:empty { display: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodPickerComponent {
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  readonly periodChange = output<Period>();
  readonly reset = output<void>();

  protected readonly fromValue = linkedSignal(() => this.from());
  protected readonly toValue = linkedSignal(() => this.to());
  protected readonly problem = signal<string | null>(null);

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const from = this.fromValue();
    const to = this.toValue();
    const problem = periodProblem(from, to);
    this.problem.set(problem);
    if (!problem) this.periodChange.emit({ from, to });
  }
}
