import {
  ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SurveyView } from '@ex-pulse/contracts';
import { distinctUntilChanged, map } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { LanguageService } from '../core/i18n/language.service';
import { ScorePickerComponent } from './score-picker.component';
import { SurveyApiService } from './survey-api.service';
import { tokenFromFragment, problemLanguage, tokenProblem } from './survey-token';

export const COMMENT_MAX = 2000;

type SurveyState =
  | { kind: 'loading' }
  | { kind: 'ready'; token: string; view: SurveyView }
  | { kind: 'done' }
  | { kind: 'missing' | 'unknown' | 'expired' | 'answered' }
  | { kind: 'loadFailed'; token: string };

/** The employee's answer page at /s#<token>: one question, 0–10, optional comment, thank-you. */
@Component({
  selector: 'exp-survey-page',
  imports: [
    MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule,
    TranslocoPipe, LanguageToggleComponent, ScorePickerComponent,
  ],
  templateUrl: './survey-page.component.html',
  styleUrl: './survey-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyPageComponent {
  private readonly api = inject(SurveyApiService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  protected readonly commentMax = COMMENT_MAX;
  protected readonly state = signal<SurveyState>({ kind: 'loading' });
  protected readonly score = signal<number | null>(null);
  protected readonly comment = signal('');
  protected readonly scoreMissing = signal(false);
  protected readonly submitting = signal(false);
  protected readonly submitError = signal<string | null>(null);

  protected readonly view = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.view : null;
  });
  /** The organisation's own wording when the page speaks the survey's language, else our translation. */
  protected readonly serverQuestion = computed(() => {
    const view = this.view();
    if (!view || view.language !== this.language.current() || !view.enpsQuestion.trim()) return null;
    return view.enpsQuestion.replace('{organisation}', view.organisationName);
  });
  protected readonly expiresOn = computed(() => formatDay(this.view()?.expiresOn, this.language.current()));

  private readonly picker = viewChild(ScorePickerComponent);
  private readonly statusHeading = viewChild<ElementRef<HTMLElement>>('statusHeading');

  constructor() {
    inject(ActivatedRoute)
      .fragment.pipe(map(tokenFromFragment), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((token) => (token ? this.load(token) : this.state.set({ kind: 'missing' })));
  }

  protected load(token: string): void {
    this.state.set({ kind: 'loading' });
    this.score.set(null);
    this.comment.set('');
    this.scoreMissing.set(false);
    this.submitError.set(null);
    this.api
      .view(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => {
          this.language.use(view.language);
          this.state.set({ kind: 'ready', token, view });
        },
        error: (err: unknown) => {
          const problem = tokenProblem(err);
          const language = problemLanguage(err);
          if (language) this.language.use(language);
          this.showStatus(problem ? { kind: problem } : { kind: 'loadFailed', token });
        },
      });
  }

  protected onComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value.slice(0, COMMENT_MAX));
  }

  protected onScore(score: number | null): void {
    this.score.set(score);
    if (score !== null) this.scoreMissing.set(false);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const state = this.state();
    if (state.kind !== 'ready' || this.submitting()) return;
    const score = this.score();
    if (score === null) {
      this.scoreMissing.set(true);
      this.picker()?.focus();
      return;
    }
    const comment = this.comment().trim();
    this.submitting.set(true);
    this.submitError.set(null);
    this.api
      .submit({ token: state.token, score, ...(comment ? { comment } : {}) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.showStatus({ kind: 'done' });
        },
        error: (err: unknown) => {
          this.submitting.set(false);
          const problem = tokenProblem(err);
          if (problem) this.showStatus({ kind: problem });
          else this.submitError.set(apiErrorMessage(err, this.transloco.translate('survey.submitFailed')));
        },
      });
  }

  /** Swap to a message (thank-you or a problem) and move focus to its heading for screen readers. */
  private showStatus(state: SurveyState): void {
    this.state.set(state);
    afterNextRender({ write: () => this.statusHeading()?.nativeElement.focus() }, { injector: this.injector });
  }
}

function formatDay(iso: string | undefined, lang: string): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
