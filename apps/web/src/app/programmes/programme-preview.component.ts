import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Language, ProgrammePreview, ProgrammeQuestion } from '@ex-pulse/contracts';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { EmailFrameComponent } from '../shared/email/email-frame.component';
import { AnswerPreviewComponent } from './answer-preview.component';
import { ProgrammesApiService } from './programmes-api.service';

/** What an employee will see, in English or Estonian: the invitation email and the answer page. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-programme-preview',
  imports: [LoadingBarComponent, TranslocoPipe, EmailFrameComponent, AnswerPreviewComponent],
  templateUrl: './programme-preview.component.html',
  styleUrl: './programme-preview.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammePreviewComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly transloco = inject(TranslocoService);

  readonly programmeId = input.required<string>();
  /** The saved programme's questions (the preview shows the saved version). */
  readonly questions = input.required<readonly ProgrammeQuestion[]>();

  protected readonly options: { lang: Language; short: string }[] = [
    { lang: 'en', short: 'EN' },
    { lang: 'et', short: 'ET' },
  ];
  protected readonly lang = signal<Language>(inject(LanguageService).current());
  protected readonly preview = signal<ProgrammePreview | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly request = computed(() => ({ id: this.programmeId(), lang: this.lang() }));

  constructor() {
    toObservable(this.request)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(({ id, lang }) =>
          this.api.preview(id, lang).pipe(
            map((preview) => ({ preview, error: null })),
            catchError((err: unknown) => of({ preview: null, error: apiErrorMessage(err, this.transloco.translate('common.networkError')) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ preview, error }) => {
        this.loading.set(false);
        this.error.set(error);
        this.preview.set(preview);
      });
  }
}
