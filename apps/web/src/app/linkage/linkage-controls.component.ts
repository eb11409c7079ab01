import { ChangeDetectionStrategy, Component, input, linkedSignal, output, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomerMetricKind } from '@ex-pulse/contracts';
import { isMonth, LAGS, LinkageParams, METRICS } from './linkage-query';

/** Month range, customer metric and lag; the page keeps every choice in the URL. */
@Component({
  selector: 'exp-linkage-controls',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <form class="controls" [attr.aria-label]="'linkage.controls.label' | transloco" (submit)="$event.preventDefault()" novalidate>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'linkage.controls.from' | transloco }}</mat-label>
        <input matInput type="month" name="from" data-testid="linkage-from" [value]="fromValue()" (change)="setMonth('from', $event)" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'linkage.controls.to' | transloco }}</mat-label>
        <input matInput type="month" name="to" data-testid="linkage-to" [value]="toValue()" (change)="setMonth('to', $event)" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'linkage.controls.metric' | transloco }}</mat-label>
        <select matNativeControl name="metric" data-testid="linkage-metric" (change)="setMetric($event)">
          @for (m of metrics; track m) {
            <option [value]="m" [selected]="m === metric()">{{ 'linkage.metric.' + m | transloco }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="controls__lag">
        <mat-label>{{ 'linkage.controls.lag' | transloco }}</mat-label>
        <select matNativeControl name="lag" data-testid="linkage-lag" (change)="setLag($event)">
          @for (l of lags; track l) {
            <option [value]="l" [selected]="l === lag()">{{ 'linkage.lag.' + l | transloco }}</option>
          }
        </select>
      </mat-form-field>
      <p class="controls__error" role="alert">
        @if (problem(); as problem) { {{ problem | transloco }} }
      </p>
    </form>
  `,
  styles: `
    .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .controls mat-form-field { flex: 0 1 180px; }
    .controls mat-form-field.controls__lag { flex-basis: 200px; }
    .controls__error { flex-basis: 100%; margin: 0; color: var(--mat-sys-error); font-size: .875rem; }
    .controls__error:empty { display: none; }
    @media (max-width: 599px) { .controls mat-form-field { flex-basis: 100%; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkageControlsComponent {
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  readonly metric = input.required<CustomerMetricKind>();
  readonly lag = input.required<number>();
  readonly changed = output<Partial<LinkageParams>>();

  protected readonly metrics = METRICS;
  protected readonly lags = LAGS;
  protected readonly fromValue = linkedSignal(() => this.from());
  protected readonly toValue = linkedSignal(() => this.to());
  protected readonly problem = signal<string | null>(null);

  protected setMonth(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    (which === 'from' ? this.fromValue : this.toValue).set(value);
    const from = this.fromValue();
    const to = this.toValue();
    if (!isMonth(from) || !isMonth(to)) return this.problem.set('linkage.controls.invalid');
    if (from > to) return this.problem.set('linkage.controls.reversed');
    this.problem.set(null);
    this.changed.emit({ from, to });
  }

  protected setMetric(event: Event): void {
    this.changed.emit({ metric: (event.target as HTMLSelectElement).value as CustomerMetricKind });
  }

  protected setLag(event: Event): void {
    this.changed.emit({ lag: Number((event.target as HTMLSelectElement).value) });
  }
}
