import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { periodKind, periodLabel } from '../analytics/analytics-format';
import { LanguageService } from '../core/i18n/language.service';

const KINDS = ['year', 'half', 'quarter', 'month'] as const;

/** A choice of one calendar period (year, half, quarter or month), grouped by kind and named in the page language. */
@Component({
  selector: 'exp-calendar-period-select',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <select matNativeControl [name]="name()" (change)="changed($event)">
        @for (group of groups(); track group.kind) {
          <optgroup [label]="'analytics.filters.periodKind.' + group.kind | transloco">
            @for (p of group.periods; track p.key) {
              <option [value]="p.key" [selected]="p.key === value()">{{ p.label }}</option>
            }
          </optgroup>
        }
      </select>
    </mat-form-field>
  `,
  styles: `
    mat-form-field { width: 100%; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarPeriodSelectComponent {
  private readonly language = inject(LanguageService);
  readonly value = input.required<string>();
  /** The periods offered, newest first; the value is added when it is not among them (e.g. from a shared link). */
  readonly choices = input.required<readonly string[]>();
  readonly label = input.required<string>();
  readonly name = input('period');
  readonly valueChange = output<string>();

  protected readonly groups = computed(() => {
    const lang = this.language.current();
    const value = this.value();
    const keys = value && !this.choices().includes(value) ? [value, ...this.choices()] : this.choices();
    return KINDS.map((kind) => ({
      kind,
      periods: keys.filter((key) => periodKind(key) === kind).map((key) => ({ key, label: periodLabel(key, lang) })),
    })).filter((group) => group.periods.length > 0);
  });

  protected changed(event: Event): void {
    this.valueChange.emit((event.target as HTMLSelectElement).value);
  }
}
