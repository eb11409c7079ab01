import type { EnpsChangeView, Language, WithheldReason } from '@ex-pulse/contracts';

/** One unit's figure as the dashboard shows it: withheld figures carry no numbers, only why. */
export interface DigestUnit {
  label: string;
  /** The recipient's whole part (their department, or the organisation). */
  reference: boolean;
  withheld: WithheldReason | null;
  n: number | null;
  enps: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** 0–1; null when not known. */
  responseRate: number | null;
  indicative: boolean;
  /** Against the previous quarter, as the dashboard decides it (null: either withheld or empty). */
  change: EnpsChangeView | null;
}

/** Everything one digest says; rendered by digest-email.ts. */
export interface DigestContent {
  language: Language;
  recipientName: string;
  organisationName: string;
  /** The digest's day (YYYY-MM-DD). */
  week: string;
  /** The quarter the figures are for, and the one they are compared with. */
  quarter: string;
  previousQuarter: string;
  k: number;
  commentK: number;
  units: DigestUnit[];
  /** The figures differ from those of the recipient's last digest (or there was none). */
  figuresChanged: boolean;
  comments: {
    /** Why no comment list is shown for the quarter (null: some are). */
    withheld: WithheldReason | null;
    /** Comments in the recipient's lists not in last week's digest. */
    newCount: number;
    /** A few of the new ones that are not positive. */
    texts: string[];
    /** A few new positive ones, worth sharing with the team. */
    positive: string[];
  };
  followUps: { open: number; overdue: number };
  overdueActions: number;
  links: { dashboard: string; comments: string; followUp: string; plans: string; settings: string };
}

/** Nothing new: no new comment, and the figures are those of last week's digest. The digest still goes, and says so. */
export function nothingNew(content: DigestContent): boolean {
  return content.comments.newCount === 0 && !content.figuresChanged;
}
