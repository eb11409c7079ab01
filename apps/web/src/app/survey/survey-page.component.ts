import {
  ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SubmitAnswerRequest, SurveyTeamAction, SurveyView } from '@ex-pulse/contracts';
import { DRIVER_TEXTS, isDriver, isLeavingReason, LEAVING_REASON_QUESTION, LEAVING_REASONS } from '@ex-pulse/domain';
import { distinctUntilChanged, map } from 'rxjs';
import { newConversationSecret } from '../conversation/conversation-link';
import { PrivateLinkComponent } from '../conversation/private-link.component';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { LanguageService } from '../core/i18n/language.service';
import { OptionChoice, OptionGroupComponent } from './option-group.component';
import { ScorePickerComponent } from './score-picker.component';
import { SurveyApiService } from './survey-api.service';
import { TeamActionsComponent } from './team-actions.component';
import { tokenFromFragment, problemLanguage, tokenProblem } from './survey-token';

export const COMMENT_MAX = 2000;
/** As the API's DTO (MaxLength 254); the API checks the address itself. */
export const EMAIL_MAX = 254;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The agreement scale's five points, 1 to 5: their keys under `survey.agreement`. */
const AGREEMENT_KEYS = ['stronglyDisagree', 'disagree', 'neutral', 'agree', 'stronglyAgree'] as const;
/** The satisfaction scale's five points, 1 to 5: their keys under `survey.satisfaction`. */
const SATISFACTION_KEYS = ['veryDissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'verySatisfied'] as const;

/** A provider question of the internal service pulse, as the page shows it. */
interface ProviderQuestionShown {
  providerId: string;
  text: string;
  options: OptionChoice<number>[];
}

/** The extra question as the page shows it, in the page's language. */
type ExtraQuestionShown =
  | { kind: 'scale'; text: string; options: OptionChoice<number>[] }
  | { kind: 'choice'; text: string; options: OptionChoice<string>[] };

type SurveyState =
  | { kind: 'loading' }
  | { kind: 'ready'; token: string; view: SurveyView }
  /** `secret`: the comment's private link, when a comment was sent with one. */
  | { kind: 'done'; teamActions: readonly SurveyTeamAction[]; secret: string | null; emailed: boolean }
  | { kind: 'missing' | 'unknown' | 'expired' | 'answered' }
  | { kind: 'loadFailed'; token: string };

/**
 * The employee's answer page at /s#<token>: the eNPS question 0–10, then the programme's one
 * optional extra question (a 1–5 statement or the reason for leaving), an optional comment, thank-you.
 * The internal service pulse asks, instead of eNPS, up to two 1–5 questions about internal providers.
 */
@Component({
  selector: 'exp-survey-page',
  imports: [
    MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule,
    TranslocoPipe, LanguageToggleComponent, ScorePickerComponent, OptionGroupComponent, TeamActionsComponent, PrivateLinkComponent,
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
  protected readonly itemScore = signal<number | null>(null);
  protected readonly leavingReason = signal<string | null>(null);
  /** The internal service pulse: the 1–5 answer per provider asked. */
  protected readonly providerScores = signal<Readonly<Partial<Record<string, number>>>>({});
  protected readonly comment = signal('');
  /** Optional: where to email the comment's private link once, after the day ends. */
  protected readonly conversationEmail = signal('');
  protected readonly emailInvalid = signal(false);
  protected readonly emailMax = EMAIL_MAX;
  /** Whether this browser can make a private link (JavaScript crypto); without it the comment has none. */
  protected readonly canLink = typeof globalThis.crypto?.getRandomValues === 'function';
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
  /**
   * The extra question in the page's language: the server's wording when the page speaks the
   * survey's language; after a switch, our own texts for drivers and reasons (an organisation's
   * own statement has only the server's wording).
   */
  protected readonly extraQuestion = computed<ExtraQuestionShown | null>(() => {
    const question = this.view()?.extraQuestion;
    if (!question) return null;
    const lang = this.language.current();
    const sameLanguage = this.view()?.language === lang;
    if (question.kind === 'scale') {
      const labels = this.agreementLabels();
      return {
        kind: 'scale',
        text: sameLanguage || !isDriver(question.key) ? question.text : DRIVER_TEXTS[question.key][lang],
        options: AGREEMENT_KEYS.map((key, i) => ({ value: i + 1, label: String(i + 1), detail: labels[key] ?? '' })),
      };
    }
    return {
      kind: 'choice',
      text: sameLanguage ? question.text : LEAVING_REASON_QUESTION[lang],
      options: question.options.map((o) => ({
        value: o.key,
        label: sameLanguage || !isLeavingReason(o.key) ? o.label : LEAVING_REASONS[o.key][lang],
      })),
    };
  });
  /** The internal service pulse asks about providers instead of eNPS. */
  protected readonly asksProviders = computed(() => this.view()?.providerQuestions !== undefined);
  protected readonly providerQuestions = computed<ProviderQuestionShown[]>(() => {
    const view = this.view();
    if (!view?.providerQuestions) return [];
    const sameLanguage = view.language === this.language.current();
    const labels = this.satisfactionLabels();
    const options = SATISFACTION_KEYS.map((key, i) => ({ value: i + 1, label: String(i + 1), detail: labels[key] ?? '' }));
    return view.providerQuestions.map((q) => ({
      providerId: q.providerId,
      text: sameLanguage ? q.text : this.transloco.translate('survey.providerQuestion', { provider: q.providerName }),
      options,
    }));
  });
  protected readonly expiresOn = computed(() => formatDay(this.view()?.expiresOn, this.language.current()));

  /** The scale's point labels in the active language (re-emitted on every switch). */
  private readonly agreementLabels = toSignal(
    this.transloco.selectTranslateObject<Record<string, string>>('survey.agreement'),
    { initialValue: {} as Record<string, string> },
  );
  private readonly satisfactionLabels = toSignal(
    this.transloco.selectTranslateObject<Record<string, string>>('survey.satisfaction'),
    { initialValue: {} as Record<string, string> },
  );
  private readonly picker = viewChild(ScorePickerComponent);
  /**
   * The comment's conversation secret, made once per page (at the first send with a comment) and kept
   * for every retry of it, so a submission the server already holds carries the same link.
   */
  private conversationSecret: string | null = null;
  private readonly statusHeading = viewChild<ElementRef<HTMLElement>>('statusHeading');

  constructor() {
    inject(ActivatedRoute)
      .fragment.pipe(map(tokenFromFragment), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((token) => (token ? this.load(token) : this.state.set({ kind: 'missing' })));
  }

  protected load(token: string): void {
    this.state.set({ kind: 'loading' });
    this.score.set(null);
    this.itemScore.set(null);
    this.leavingReason.set(null);
    this.providerScores.set({});
    this.comment.set('');
    this.conversationEmail.set('');
    this.emailInvalid.set(false);
    this.conversationSecret = null;
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

  protected onEmail(event: Event): void {
    this.conversationEmail.set((event.target as HTMLInputElement).value.slice(0, EMAIL_MAX));
    this.emailInvalid.set(false);
  }

  protected onScore(score: number | null): void {
    this.score.set(score);
    if (score !== null) this.scoreMissing.set(false);
  }

  protected rateProvider(providerId: string, score: number | null): void {
    const next = { ...this.providerScores() };
    if (score === null) delete next[providerId];
    else next[providerId] = score;
    this.providerScores.set(next);
    if (score !== null) this.scoreMissing.set(false);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const state = this.state();
    if (state.kind !== 'ready' || this.submitting()) return;
    const main = this.mainAnswer(state.view);
    if (!main) {
      this.scoreMissing.set(true);
      if (!this.asksProviders()) this.picker()?.focus();
      return;
    }
    const optional = this.optionalAnswers(state.view);
    if (optional.conversationEmail !== undefined && !EMAIL_SHAPE.test(optional.conversationEmail)) {
      this.emailInvalid.set(true);
      return;
    }
    this.submitting.set(true);
    this.submitError.set(null);
    this.api
      .submit({ token: state.token, ...main, ...optional })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.showStatus({
            kind: 'done', teamActions: state.view.teamActions ?? [],
            secret: optional.conversationSecret ?? null, emailed: optional.conversationEmail !== undefined,
          });
        },
        error: (err: unknown) => {
          this.submitting.set(false);
          const problem = tokenProblem(err);
          if (problem) this.showStatus({ kind: problem });
          else this.submitError.set(apiErrorMessage(err, this.transloco.translate('survey.submitFailed')));
        },
      });
  }

  /** The eNPS score, or the provider ratings of the internal service pulse (at least one); null when missing. */
  private mainAnswer(view: SurveyView): Pick<SubmitAnswerRequest, 'score' | 'providerScores'> | null {
    if (view.providerQuestions) {
      const scores = this.providerScores();
      const providerScores = view.providerQuestions
        .filter((q) => scores[q.providerId] !== undefined)
        .map((q) => ({ providerId: q.providerId, score: scores[q.providerId]! }));
      return providerScores.length ? { providerScores } : null;
    }
    const score = this.score();
    return score === null ? null : { score };
  }

  /**
   * The extra answer and the comment, each only when the survey asks it and the person gave it; with
   * the comment, its conversation secret and the address to mail the link to, if given.
   */
  private optionalAnswers(view: SurveyView): Omit<SubmitAnswerRequest, 'token' | 'submissionId' | 'score' | 'providerScores'> {
    const answers: Omit<SubmitAnswerRequest, 'token' | 'submissionId' | 'score' | 'providerScores'> = {};
    const itemScore = this.itemScore();
    const leavingReason = this.leavingReason();
    if (view.extraQuestion?.kind === 'scale' && itemScore !== null) answers.itemScore = itemScore;
    if (view.extraQuestion?.kind === 'choice' && leavingReason !== null) answers.leavingReason = leavingReason;
    const comment = this.comment().trim();
    if (view.askComment && comment) {
      answers.comment = comment;
      this.conversationSecret ??= newConversationSecret();
      if (this.conversationSecret) {
        answers.conversationSecret = this.conversationSecret;
        const email = this.conversationEmail().trim();
        if (email) answers.conversationEmail = email;
      }
    }
    return answers;
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
