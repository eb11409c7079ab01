import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CampaignCount, CampaignLaunch, ProgrammeDto } from '@ex-pulse/contracts';
import { EMPTY, catchError, debounceTime, filter, map, of, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { departmentOptions } from '../employees/department-options';
import { EmployeesApiService } from '../employees/employees-api.service';
import { CAMPAIGN_PHASES, CampaignPhase, EVERYONE, Segment, locationOf, sameSegment } from './campaign-segment';
import { programmeName } from './programme-format';
import { ProgrammesApiService } from './programmes-api.service';

/** The count waits until the segment stops changing (typing a location). */
export const COUNT_DEBOUNCE_MS = 300;

/** /programmes/:id/campaign — send a programme now to a segment, after seeing how many it reaches. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-campaign-page',
  imports: [LoadingBarComponent, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, RouterLink, TranslocoPipe],
  templateUrl: './campaign-page.component.html',
  styleUrl: './campaign-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignPageComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly phases = CAMPAIGN_PHASES;
  protected readonly departments = toSignal(
    inject(EmployeesApiService).departments().pipe(map(departmentOptions), catchError(() => of([]))),
    { initialValue: [] },
  );
  private readonly programmeId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')), {
    initialValue: '',
  });
  protected readonly programme = signal<ProgrammeDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly name = computed(() => {
    const p = this.programme();
    return p ? programmeName(p, this.language.current()) : null;
  });

  protected readonly segment = signal<Segment>(EVERYONE);
  /** Bumped to count the same segment again (after a launch). */
  private readonly recount = signal(0);
  /** The latest count and the segment it is for; null while unknown. */
  protected readonly counted = signal<{ segment: Segment; count: CampaignCount } | null>(null);
  protected readonly counting = signal(false);
  protected readonly confirming = signal(false);
  protected readonly sending = signal(false);
  protected readonly result = signal<CampaignLaunch | null>(null);
  protected readonly error = signal<string | null>(null);
  /** Fewer than k recipients would make a group below k; the API refuses it too. */
  protected readonly belowMinimum = computed(() => {
    const count = this.counted()?.count;
    return !!count && count.recipients > 0 && count.recipients < count.minimumRecipients;
  });
  protected readonly canSend = computed(
    () => !this.counting() && !this.sending() && (this.counted()?.count.recipients ?? 0) > 0 && !this.belowMinimum(),
  );

  constructor() {
    toObservable(this.programmeId)
      .pipe(
        filter(Boolean),
        switchMap((id) =>
          this.api.get(id).pipe(
            catchError((err: unknown) => {
              this.loadError.set(this.messageOf(err));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((p) => this.programme.set(p));

    const query = computed(() => ({ id: this.programmeId(), segment: this.segment(), round: this.recount() }));
    toObservable(query)
      .pipe(
        filter((q) => q.id !== ''),
        tap(() => {
          this.counting.set(true);
          this.confirming.set(false);
        }),
        debounceTime(COUNT_DEBOUNCE_MS),
        switchMap(({ id, segment }) =>
          this.api.countCampaign(id, segment).pipe(
            map((count) => ({ segment, count, error: null })),
            catchError((err: unknown) => of({ segment, count: null, error: this.messageOf(err) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ segment, count, error }) => {
        this.counting.set(false);
        this.counted.set(count ? { segment, count } : null);
        this.error.set(error);
      });
  }

  protected chooseDepartment(departmentId: string | null): void {
    this.choose({ ...this.segment(), departmentId });
  }

  protected chooseLocation(event: Event): void {
    this.choose({ ...this.segment(), location: locationOf((event.target as HTMLInputElement).value) });
  }

  protected choosePhase(phase: CampaignPhase | null): void {
    this.choose({ ...this.segment(), phase });
  }

  /** First click on Send: ask to confirm with the name and the number. */
  protected ask(): void {
    if (this.canSend()) this.confirming.set(true);
  }

  /** Second click: launch for exactly the segment that was counted. */
  protected send(): void {
    const counted = this.counted();
    if (!counted || !this.canSend()) return;
    this.sending.set(true);
    this.error.set(null);
    this.api.launchCampaign(this.programmeId(), counted.segment).subscribe({
      next: (launch) => {
        this.sending.set(false);
        this.confirming.set(false);
        this.result.set(launch);
        this.recount.update((n) => n + 1);
      },
      error: (err: unknown) => {
        this.sending.set(false);
        this.confirming.set(false);
        this.error.set(this.messageOf(err));
      },
    });
  }

  private choose(segment: Segment): void {
    if (sameSegment(segment, this.segment())) return;
    this.result.set(null);
    this.segment.set(segment);
  }

  private messageOf(err: unknown): string {
    return apiErrorMessage(err, this.transloco.translate('common.networkError'));
  }
}
