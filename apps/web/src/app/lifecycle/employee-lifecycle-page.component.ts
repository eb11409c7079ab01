import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EmployeeLifecycle } from '@ex-pulse/contracts';
import { distinctUntilChanged, map, switchMap, tap } from 'rxjs';
import { LanguageService } from '../core/i18n/language.service';
import { toLoadResult } from '../core/http/load-result';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { LifecycleApiService } from './lifecycle-api.service';
import { PHASE_COLOURS } from './lifecycle-filter';
import { phaseSegments } from './phase-band';

/**
 * /lifecycle/employees/:id — one person's phases over time and the invitations sent to them: sent,
 * expiry, the email's state and the reminder's planned date. Never whether they opened or answered
 * one (the API does not say), only group counts elsewhere.
 */
@Component({
  selector: 'exp-employee-lifecycle-page',
  imports: [TranslocoPipe, RouterLink, LoadingBarComponent],
  templateUrl: './employee-lifecycle-page.component.html',
  styleUrls: ['./employee-lifecycle-page.component.scss', './lifecycle-tables.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeeLifecyclePageComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(LifecycleApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly employee = signal<EmployeeLifecycle | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly colours = PHASE_COLOURS;
  protected readonly segments = computed(() => {
    const e = this.employee();
    return e ? phaseSegments(e.timeline, e.today) : [];
  });
  protected readonly invitations = computed(() => {
    const lang = this.language.current();
    return (this.employee()?.invitations ?? []).map((i) => ({
      ...i,
      programme: lang === 'et' ? i.programmeNameEt : i.programmeNameEn,
      expires: i.expiresAt.slice(0, 10),
      reminder: i.reminderPlannedAt?.slice(0, 10) ?? null,
    }));
  });

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('id') ?? ''),
        distinctUntilChanged(),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((id) => toLoadResult(this.api.employee(id), this.transloco.translate('common.networkError'))),
        takeUntilDestroyed(),
      )
      .subscribe(({ data, error }) => {
        this.loading.set(false);
        this.error.set(error);
        this.employee.set(data);
      });
  }
}
