import { TranslocoService } from '@jsverse/transloco';
import { GoalProgress } from '@ex-pulse/contracts';
import { signed } from '../../dashboard/enps-format';
import { periodLabel } from '../analytics-format';

/** A goal's progress in words: the target, the current figure, the gap and whether it is beyond chance. */
export interface GoalWords {
  /** "Goal for Q2 2026: +30". */
  target: string;
  /** "+30". */
  targetValue: string;
  /** "(measured over Nov 2026)" when the goal is of a period holding the one shown. */
  inherited: string | null;
  current: string | null;
  gap: string | null;
  /** "beyond chance (more than ±12)" / "within the margin of error (±20)"; short forms for a table. */
  chance: string | null;
  chanceShort: string | null;
  /** Why there is no gap: withheld with the figure, or no answers yet. */
  missing: string | null;
}

export function goalWords(p: GoalProgress, transloco: TranslocoService, lang: string): GoalWords {
  const t = (key: string, params: Record<string, unknown> = {}) => transloco.translate(key, params, lang);
  const target = t('analytics.goals.target', { period: periodLabel(p.goal.period, lang), target: signed(p.goal.target) });
  const inherited = p.goal.period !== p.period ? t('analytics.goals.inherited', { period: periodLabel(p.period, lang) }) : null;
  if (p.withheld || p.current === null || p.gap === null || p.threshold === null) {
    const missing = p.withheld ? t('analytics.goals.withheld') : t('analytics.goals.noAnswers');
    return { target, targetValue: signed(p.goal.target), inherited, current: null, gap: null, chance: null, chanceShort: null, missing };
  }
  const points = Math.abs(Math.round(p.gap));
  const gap = points === 0 ? t('analytics.goals.on') : t(p.gap > 0 ? 'analytics.goals.above' : 'analytics.goals.below', { points });
  const threshold = Math.round(p.threshold);
  return {
    target,
    targetValue: signed(p.goal.target),
    inherited,
    current: t('analytics.goals.now', { current: signed(p.current) }),
    gap,
    chance: t(p.beyondChance ? 'analytics.goals.beyond' : 'analytics.goals.within', { threshold }),
    chanceShort: t(p.beyondChance ? 'analytics.goals.beyondShort' : 'analytics.goals.withinShort'),
    missing: null,
  };
}
