import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Language, ProgrammeQuestion, SurveyView } from '@ex-pulse/contracts';

/**
 * The answer page's question as the employee sees it, drawn statically (nothing to click):
 * the same 0–10 scale look as the survey's score picker, the scale ends and the anonymity line,
 * all in the preview's language, not the admin's.
 */
@Component({
  selector: 'exp-answer-preview',
  template: `
    <div class="answer" [attr.lang]="language()">
      <p class="answer__programme">{{ survey().programmeName }}</p>
      <p class="answer__question">{{ question() }}</p>
      <div class="scale" role="img" [attr.aria-label]="t().scale">
        @for (score of scores; track score) { <span class="scale__option" aria-hidden="true">{{ score }}</span> }
      </div>
      <p class="answer__ends"><span>0 – {{ t().notLikely }}</span><span>10 – {{ t().veryLikely }}</span></p>
      @if (others().length > 0) {
        <p class="answer__others">{{ t().others }}</p>
        <ul class="answer__list">
          @for (q of others(); track $index) { <li>{{ q.text }}@if (q.scale) { <span class="nowrap">(1–5)</span>}</li> }
        </ul>
      }
      @if (hasComment()) {
        <p class="answer__comment">{{ t().comment }}</p>
      }
      <p class="answer__anonymity">{{ t().anonymity }}</p>
    </div>
  `,
  styleUrls: ['../survey/score-picker.component.scss'],
  styles: `
    .answer { border: 1px solid var(--mat-sys-outline-variant); border-radius: 16px; padding: 20px 16px; background: var(--mat-sys-surface); }
    .answer__programme { margin: 0 0 4px; color: var(--mat-sys-on-surface-variant); font-size: .9375rem; }
    .answer__question { font-size: 1.25rem; font-weight: 600; margin: 0 0 16px; }
    .scale__option { display: flex; align-items: center; justify-content: center; box-sizing: border-box; cursor: default; }
    .scale__option:hover { border-color: var(--mat-sys-outline); background: var(--mat-sys-surface); }
    .answer__ends { display: flex; justify-content: space-between; gap: 12px; margin: 10px 0 0; font-size: .875rem; color: var(--mat-sys-on-surface-variant); }
    .answer__others { margin: 16px 0 4px; font-weight: 500; }
    .answer__list { margin: 0; padding-left: 20px; }
    .nowrap { white-space: nowrap; }
    .answer__comment { margin: 16px 0 0; padding: 12px; border: 1px dashed var(--mat-sys-outline); border-radius: 8px; color: var(--mat-sys-on-surface-variant); }
    .answer__anonymity { margin: 16px 0 0; font-size: .875rem; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnswerPreviewComponent {
  private readonly transloco = inject(TranslocoService);
  readonly survey = input.required<SurveyView>();
  readonly language = input.required<Language>();
  /** The programme's questions; the answer page API (SurveyView) carries only the eNPS question. */
  readonly questions = input.required<readonly ProgrammeQuestion[]>();

  protected readonly scores = Array.from({ length: 11 }, (_, i) => i);
  protected readonly question = computed(() => {
    const s = this.survey();
    const text = s.enpsQuestion.trim()
      ? s.enpsQuestion
      : this.tr('survey.question', { organisation: s.organisationName });
    return text.replace('{organisation}', s.organisationName);
  });
  protected readonly t = computed(() => ({
    scale: this.tr('programmes.preview.scale'),
    notLikely: this.tr('survey.notLikely'),
    veryLikely: this.tr('survey.veryLikely'),
    others: this.tr('programmes.preview.others'),
    comment: this.tr('survey.commentLabel'),
    anonymity: this.tr('survey.anonymity'),
  }));
  protected readonly hasComment = computed(() => this.questions().some((q) => q.kind === 'comment'));
  /** The further questions, in the preview's language. */
  protected readonly others = computed(() =>
    this.questions()
      .filter((q) => q.kind !== 'enps' && q.kind !== 'comment')
      .map((q) => {
        if (q.kind === 'statement') return { text: (this.language() === 'et' ? q.textEt : q.textEn) ?? q.key ?? '', scale: true };
        return { text: this.tr(`programmes.preview.kind.${q.kind}`, { key: q.key ?? '' }), scale: false };
      }),
  );

  private tr(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language());
  }
}
