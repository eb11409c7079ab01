import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SimulateDayResult } from '@ex-pulse/contracts';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { isIsoDay } from '../dashboard/period';
import { localDay } from '../shared/calendar-periods';
import { DeliveryApiService } from './delivery-api.service';
import { simulationPhrases } from './simulate-day';

/** Demo instances: run the planner and the delivery worker as if it were 10:30 on a chosen day. */
@Component({
  selector: 'exp-simulate-day',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <section class="card simulate" aria-labelledby="simulate-title">
      <h2 id="simulate-title">{{ 'delivery.simulate.title' | transloco }}</h2>
      <p class="muted explain">{{ 'delivery.simulate.explain' | transloco }}</p>
      <form class="simulate__form" (submit)="run($event)" novalidate>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'delivery.simulate.date' | transloco }}</mat-label>
          <input matInput type="date" name="date" [value]="date()" (input)="date.set(valueOf($event))" required />
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ (busy() ? 'delivery.simulate.running' : 'delivery.simulate.run') | transloco }}
        </button>
      </form>
      <div aria-live="polite">
        @if (message(); as m) { <p class="result">{{ m }}</p> }
      </div>
      @if (error(); as e) { <p class="error-text" role="alert">{{ e }}</p> }
    </section>
  `,
  styles: `
    h2 { font-size: 1.125rem; margin-bottom: 4px; }
    .explain { margin: 0 0 12px; font-size: .9375rem; }
    .simulate__form { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .simulate__form mat-form-field { flex: 0 1 200px; }
    .result { margin: 12px 0 0; font-weight: 500; }
    .error-text { margin: 12px 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SimulateDayComponent {
  private readonly api = inject(DeliveryApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  /** A day was simulated: the numbers changed. */
  readonly simulated = output<SimulateDayResult>();

  protected readonly date = signal(localDay(new Date()));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly result = signal<SimulateDayResult | null>(null);
  protected readonly message = computed(() => {
    const result = this.result();
    const lang = this.language.current();
    if (!result) return null;
    const parts = simulationPhrases(result, lang).map((p) => this.transloco.translate(p.key, p.params, lang));
    return result.skipped !== null ? parts[0] : `${result.date}: ${parts.join(', ')}.`;
  });

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected run(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const date = this.date();
    this.result.set(null);
    if (!isIsoDay(date)) {
      this.error.set(this.transloco.translate('delivery.simulate.invalidDate'));
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    this.api.simulateDay(date).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.result.set(result);
        this.simulated.emit(result);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }
}
