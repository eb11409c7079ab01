import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PHASES_WITH_PULSES, withholdPartition } from '@ex-pulse/domain';
import { sentimentFromValue } from '@ex-pulse/domain/sentiment';
import type { AnalyticsComments, CommentView, LifecyclePhase, ScoreBand, SentimentLabel } from '@ex-pulse/contracts';
import { departmentRestriction, SqlParams } from '../counts/segment-source';
import type { ResolvedFilter } from '../filter/filter-resolver.service';
import { ORGANISATION } from '../guard/cell-decider';
import { GuardedCounts, selectedDepartment } from '../guard/guarded-counts.service';
import { scopeOf } from './report-cells';

export const COMMENTS_PAGE_SIZE = 20;

export interface CommentSearch {
  q?: string;
  sentiment?: SentimentLabel;
  page: number;
  /** Default COMMENTS_PAGE_SIZE; exports ask for more. */
  pageSize?: number;
}

interface CommentRow {
  key: string;
  comment: string;
  month: string;
  sentiment: -1 | 0 | 1 | null;
  score: number;
  phase: LifecyclePhase;
  department_id: string;
  total: string;
}

/**
 * Comments of the selection, newest month first. Text identifies more than a number, so the
 * stricter comment threshold applies: nothing is shown unless the selection holds that many
 * responses, and a comment carries its score band, phase or department only where that group
 * passes the same rules with the comment threshold. Comments carry their month, never the day,
 * and within a month their order says nothing about when they were written.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly counts: GuardedCounts,
  ) {}

  async comments(filter: ResolvedFilter, search: CommentSearch): Promise<AnalyticsComments> {
    const commentK = this.counts.commentK;
    const period = filter.period;
    const decider = await this.counts.decider(filter, period.year, { byPhase: true, k: commentK });
    const selected = selectedDepartment(filter);
    const grid = decider.grid(PHASES_WITH_PULSES, period);
    const selection = decider.series(selected).tally(period);
    const base = { ...scopeOf(filter, this.counts.k), commentK, page: search.page, pageSize: search.pageSize ?? COMMENTS_PAGE_SIZE };
    const withheld = grid.get('*')!.get(selected ?? ORGANISATION) ?? null;
    if (withheld) return { ...base, withheld, total: 0, comments: [] };

    const bands = withholdPartition({
      parentN: selection.n,
      cells: [
        { key: 'promoter', n: selection.promoters },
        { key: 'passive', n: selection.passives },
        { key: 'detractor', n: selection.detractors },
      ],
      k: commentK,
    });
    const rows = await this.page(filter, search);
    const comments: CommentView[] = rows.map((r) => {
      const band = bandOf(r.score);
      return {
        key: r.key,
        text: r.comment,
        month: r.month,
        sentiment: r.sentiment === null ? 'neutral' : sentimentFromValue(r.sentiment),
        band: bands.get(band) ? null : band,
        phase: grid.get(r.phase)?.get(selected ?? ORGANISATION) ? null : r.phase,
        department: departmentLabel(filter, selected, r.department_id, grid.get('*')!),
      };
    });
    return { ...base, withheld: null, total: rows.length ? Number(rows[0].total) : 0, comments };
  }

  private page(filter: ResolvedFilter, search: CommentSearch): Promise<CommentRow[]> {
    const params = new SqlParams();
    const where = [`comment IS NOT NULL`, `answered_on BETWEEN ${params.add(filter.period.from)} AND ${params.add(filter.period.to)}`];
    const departments = departmentRestriction({ filter });
    if (departments) where.push(`department_id = ANY(${params.add(departments)}::uuid[])`);
    if (filter.managerId) where.push(`manager_id = ${params.add(filter.managerId)}`);
    if (filter.location) where.push(`location = ${params.add(filter.location)}`);
    if (filter.phase) where.push(`phase = ${params.add(filter.phase)}`);
    if (filter.tenure) where.push(`tenure_band = ${params.add(filter.tenure)}`);
    if (filter.programmeId) where.push(`programme_id = ${params.add(filter.programmeId)}`);
    if (search.q?.trim()) {
      where.push(`to_tsvector('simple', comment) @@ plainto_tsquery('simple', ${params.add(search.q.trim())})`);
    }
    if (search.sentiment) {
      where.push(`sentiment = ${params.add({ negative: -1, neutral: 0, positive: 1 }[search.sentiment])}`);
    }
    const size = search.pageSize ?? COMMENTS_PAGE_SIZE;
    const offset = (search.page - 1) * size;
    return this.db.query(
      `SELECT md5(id::text) AS key, comment, to_char(answered_on, 'YYYY-MM') AS month, sentiment, score, phase,
              department_id, count(*) OVER () AS total
         FROM response WHERE ${where.join(' AND ')}
        ORDER BY expulse_month(answered_on) DESC, md5(id::text)
        LIMIT ${params.add(size)} OFFSET ${params.add(offset)}`,
      params.values,
    );
  }
}

function bandOf(score: number): ScoreBand {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The comment's own department when that group passes the comment threshold, else its nearest ancestor that does (below the selection). */
function departmentLabel(
  filter: ResolvedFilter,
  selected: string | null,
  departmentId: string,
  decisions: Map<string, unknown>,
): string | null {
  for (let id: string | null = departmentId; id && id !== selected; id = filter.tree.get(id)?.parentId ?? null) {
    if (decisions.get(id) === null) return filter.tree.get(id)!.name;
  }
  return null;
}
