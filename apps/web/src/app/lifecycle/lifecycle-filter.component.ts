import { ChangeDetectionStrategy, Component, input, linkedSignal, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { DepartmentOption } from '../employees/department-options';
import { LifecycleFilter, monthRangeProblem } from './lifecycle-filter';

/** Month range and department of the lifecycle overview; the page keeps the choice in the URL. */
@Component({
  selector: 'exp-lifecycle-filter',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <form class="filter" (submit)="apply($event)" novalidate>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'lifecycle.filter.from' | transloco }}</mat-label>
        <input matInput type="month" name="from" [value]="fromValue()" (input)="fromValue.set(valueOf($event))" required />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'lifecycle.filter.to' | transloco }}</mat-label>
        <input matInput type="month" name="to" [value]="toValue()" (input)="toValue.set(valueOf($event))" required />
      </mat-form-field>
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
        <button mat-button type="button" (click)="reset.emit()">{{ 'lifecycle.filter.last12' | transloco }}</button>
      </div>
      <p class="filter__error" role="alert">
        @if (problem(); as problem) { {{ problem | transloco }} }
      </p>
    </form>
  `,
  styles: `
    .filter { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .filter mat-form-field { flex: 1 1 150px; max-width: 190px; }
    .filter .filter__department { max-width: 280px; flex-basis: 220px; }
    .filter__actions { display: flex; gap: 8px; }
    .filter__error { flex-basis: 100%; margin: 0; color: var(--mat-sys-error); }
    .filter__error:empty { display: none; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LifecycleFilterComponent {
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  readonly department = input.required<string>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly filterChange = output<LifecycleFilter>();
  readonly reset = output<void>();

  protected readonly fromValue = linkedSignal(() => this.from());
  protected readonly toValue = linkedSignal(() => this.to());
  protected readonly departmentValue = linkedSignal(() => this.department());
  protected readonly problem = signal<string | null>(null);

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected indent(depth: number): string {
    return '\u00a0\u00a0'.repeat(depth);
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const from = this.fromValue();
    const to = this.toValue();
    const problem = monthRangeProblem(from, to);
    this.problem.set(problem);
    if (!problem) this.filterChange.emit({ from, to, department: this.departmentValue() || null });
  }
}
