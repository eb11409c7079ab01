import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CsatCell, InternalCsatReport } from '@ex-pulse/contracts';
import { switchMap, tap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { toLoadResult } from '../core/http/load-result';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { meanText, periodChoices, shareText } from './csat-format';
import { InternalServiceApiService } from './internal-service-api.service';
import { ProviderSetupComponent } from './provider-setup.component';

const COLOURS = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457'];

/**
 * /internal-service — internal CSAT: providers side by side (share of 4–5 and mean, each with its
 * 95% interval and n), the CSAT trend by month, the matrix of consumer departments × providers,
 * and for HR the providers each department uses. Withheld figures say so, never a number.
 */
@Component({
  selector: 'exp-internal-service-page',
  imports: [MatFormFieldModule, MatSelectModule, LineChartModule, TranslocoPipe, LoadingBarComponent, ProviderSetupComponent],
  templateUrl: './internal-service-page.component.html',
  styleUrl: './internal-service-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InternalServicePageComponent {
  private readonly api = inject(InternalServiceApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');

  protected readonly periods = periodChoices(new Date().getFullYear());
  protected readonly period = signal(this.periods[0]);
  protected readonly report = signal<InternalCsatReport | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly share = shareText;
  protected readonly mean = meanText;
  protected readonly scheme = { name: 'providers', selectable: false, group: ScaleType.Ordinal, domain: COLOURS };

  /** One line per provider, over the months shown (withheld months are left out, not drawn as zero). */
  protected readonly trend = computed(() => {
    const lang = this.language.current();
    return (this.report()?.providers ?? [])
      .map((p) => ({
        name: p.provider.name,
        series: p.trend.filter((m) => !m.withheld && m.share !== null).map((m) => ({ name: monthLabel(m.month, lang), value: Math.round(m.share!) })),
      }))
      .filter((line) => line.series.length > 0);
  });
  /** The matrix as rows of cells, in the order of its column heads. */
  protected readonly matrixRows = computed(() => {
    const r = this.report();
    if (!r) return [];
    const byKey = new Map(r.matrix.map((c) => [`${c.consumerId}/${c.providerId}`, c]));
    return r.consumers.map((consumer) => ({
      consumer,
      cells: r.matrixProviders.map((p) => ({ providerId: p.id, cell: byKey.get(`${consumer.id}/${p.id}`) ?? null })),
    }));
  });

  constructor() {
    toObservable(this.period)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((period) => toLoadResult(this.api.csat(period), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        this.report.set(data);
      });
  }

  protected withheldTitle(cell: CsatCell | null): string {
    return this.transloco.translate('internalService.withheldHelp', { k: this.report()?.k ?? 5 }) + (cell?.withheld ? ` (${cell.withheld})` : '');
  }
}
