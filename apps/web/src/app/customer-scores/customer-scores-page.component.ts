import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CustomerMetricDto, CustomerMetricKind } from '@ex-pulse/contracts';
import { Subject, startWith, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { ApiKeysPanelComponent } from './api-keys-panel.component';
import { CustomerMetricImportComponent } from './customer-metric-import.component';
import { CustomerMetricTableComponent } from './customer-metric-table.component';
import { CustomerScoresApiService } from './customer-scores-api.service';

export const METRIC_KINDS: readonly CustomerMetricKind[] = ['nps', 'csat', 'ces', 'cx_index'];

/** The last `count` months up to the month of `today`, 'YYYY-MM', oldest first. */
export function lastMonths(today: Date, count: number): string[] {
  const year = today.getFullYear();
  const month = today.getMonth();
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(year, month - (count - 1 - i), 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** /customer-scores (HR): upload customer scores, see what is stored, manage the CX tools' API keys. */
@Component({
  selector: 'exp-customer-scores-page',
  imports: [
    MatExpansionModule, MatSelectModule, TranslocoPipe, LoadingBarComponent,
    CustomerMetricImportComponent, CustomerMetricTableComponent, ApiKeysPanelComponent,
  ],
  templateUrl: './customer-scores-page.component.html',
  styleUrl: './customer-scores-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomerScoresPageComponent {
  private readonly api = inject(CustomerScoresApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly reloads = new Subject<void>();

  protected readonly kinds = METRIC_KINDS;
  protected readonly metric = signal<CustomerMetricKind>('nps');
  protected readonly months = signal(lastMonths(new Date(), 12));
  protected readonly metrics = signal<CustomerMetricDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly shown = computed(() => this.metrics().filter((m) => m.metric === this.metric()));

  constructor() {
    this.reloads
      .pipe(
        startWith(undefined),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() => {
          const months = this.months();
          return toLoadResult(
            this.api.metrics(months[0], months[months.length - 1], this.metric()),
            this.transloco.translate('common.networkError'),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        this.metrics.set(data ?? []);
      });
  }

  protected chooseMetric(metric: CustomerMetricKind): void {
    this.metric.set(metric);
    this.reload();
  }

  protected reload(): void {
    this.reloads.next();
  }
}
