import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { DepartmentOption } from '../employees/department-options';
import { CalendarPeriodSelectComponent } from '../shared/calendar-period-select.component';
import { LifecycleFilter } from './lifecycle-filter';

/** Calendar period and department of the lifecycle overview; the page keeps the choice in the URL. */
@Component({
  selector: 'exp-lifecycle-filter',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, CalendarPeriodSelectComponent],
  template: `
    <form class="filter" (submit)="apply($event)" novalidate>
      <exp-calendar-period-select
        class="filter__period"
        [value]="periodValue()"
        [choices]="periods()"
        [label]="'lifecycle.filter.period' | transloco"
        (valueChange)="periodValue.set($event)"
      />
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="filter__department">
        <mat-label>{{ 'lifecycle.filter.department' | transloco }}</mat-label>
        <select matNativeControl name="department" [value]="departmentValue()" (change)="departmentValue.set(valueOf($event))">
          <option value="">{{ 'lifecycle.filter.allDepartments' | transloco }}</option>
          @for (d of departments(); track d.id) {
            <option [value]="d.id" [selected]="d.id === departmentValue()">{{ indent(d.depth) }}{{ d.name }}</option>
          }
        </select>
      </mat-form-field>
      <div class="filter__actions">
        <button mat-flat-button type="submit">{{ 'lifecycle.filter.apply' | transloco }}</button>
        <button mat-button type="button" (click)="reset.emit()">{{ 'lifecycle.filter.thisYear' | transloco }}</button>
      </div>
      <p class="filter__note muted">{{ 'lifecycle.filter.calendarOnly' | transloco }}</p>
    </form>
  `,
  styles: `
    .filter { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .filter .filter__period { flex: 1 1 150px; max-width: 190px; }
    .filter .filter__department { flex: 1 1 220px; max-width: 280px; }
    .filter__actions { display: flex; gap: 8px; }
    .filter__note { flex-basis: 100%; margin: 0; font-size: .8125rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LifecycleFilterComponent {
  readonly period = input.required<string>();
  /** The periods offered, newest first. */
  readonly periods = input.required<readonly string[]>();
  readonly department = input.required<string>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly filterChange = output<LifecycleFilter>();
  readonly reset = output<void>();

  protected readonly periodValue = linkedSignal(() => this.period());
  protected readonly departmentValue = linkedSignal(() => this.department());

  protected valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected indent(depth: number): string {
    return '\u00a0\u00a0'.repeat(depth);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    this.filterChange.emit({ period: this.periodValue() || null, department: this.departmentValue() || null });
  }
}
