import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AnalyticsLinkage, CorrelationResult } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { coefficient, correlationSentence, pText, withheldSentence } from './linkage-format';
import { monthsBetween } from './linkage-query';

interface Cell {
  ci: string;
  p: string;
  df: number;
}

/**
 * The correlations at every lag, between units (Pearson r, Spearman ρ) and within units (r_rm),
 * with the selected lag's plain-language lines and the standing caution.
 */
@Component({
  selector: 'exp-linkage-correlations',
  imports: [TranslocoPipe],
  templateUrl: './linkage-correlations.component.html',
  styleUrl: './linkage-correlations.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkageCorrelationsComponent {
  readonly linkage = input.required<AnalyticsLinkage>();

  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    const { correlations, lag } = this.linkage();
    const t = this.t(lang);
    const cell = (c: CorrelationResult | null): Cell | null => {
      if (!c) return null;
      const n = coefficient(c, lang);
      return { ci: t('linkage.correlations.ci', n), p: pText(c.p, lang), df: c.df };
    };
    return correlations.map((c) => ({
      lag: c.lag,
      selected: c.lag === lag,
      units: c.between.units,
      observations: c.within.observations,
      r: cell(c.between.pearson),
      rho: cell(c.between.spearman),
      rm: cell(c.within.repeatedMeasures),
      betweenWithheld: c.between.pearson ? null : withheldSentence(c, 'between', t),
      withinWithheld: c.within.repeatedMeasures ? null : withheldSentence(c, 'within', t),
    }));
  });

  /** The selected lag in words, from the numbers, in the page language. */
  protected readonly sentences = computed(() => {
    const lang = this.language.current();
    const l = this.linkage();
    const selected = l.correlations.find((c) => c.lag === l.lag);
    if (!selected) return null;
    const months = monthsBetween(l.from, l.to).length;
    const t = this.t(lang);
    return {
      between: { text: correlationSentence(selected, 'between', l.metric, months, lang, t), withheld: !selected.between.pearson },
      within: { text: correlationSentence(selected, 'within', l.metric, months, lang, t), withheld: !selected.within.repeatedMeasures },
    };
  });

  private t(lang: string) {
    return (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params, lang);
  }
}
