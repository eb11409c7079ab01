import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parsePeriod, Period, WithheldReason, withholdPartition } from '@ex-pulse/domain';
import { sentimentFromValue } from '@ex-pulse/domain/sentiment';
import type { AnalyticsComments, CommentQuarter, CommentView, ScoreBand, SentimentLabel } from '@ex-pulse/contracts';
import { departmentRestriction, SqlParams } from '../counts/segment-source';
import { DepartmentTree } from '../filter/department-tree';
import { ResolvedFilter, ROW_FILTERS } from '../filter/filter-resolver.service';
import { CellDecider, Decisions, ORGANISATION } from '../guard/cell-decider';
import { ALL_PHASES } from '../guard/cell-space';
import { GuardedCounts, selectedDepartment } from '../guard/guarded-counts.service';
import { scopeOf } from './report-cells';

export const COMMENTS_PAGE_SIZE = 20;
/** Comments per CSV file: the export is paged like the list (?page=2 for the next file). */
export const COMMENTS_EXPORT_PAGE_SIZE = 1000;

export const COMMENTS_BY_DEPARTMENT_AND_PERIOD_ONLY =
  'Comments can be listed by department and period only: a filter by location, phase, tenure band, programme or team would tell who wrote them.';
export const COMMENTS_BY_QUARTER =
  'Comments are listed by quarter, half or year, not by month: a month\'s list set against its quarter\'s would narrow down who wrote a comment. Choose the quarter that holds the month.';

export interface CommentSearch {
  q?: string;
  sentiment?: SentimentLabel;
  page: number;
  /** Default COMMENTS_PAGE_SIZE; exports ask for more. */
  pageSize?: number;
}

interface CommentRow {
  comment: string;
  sentiment: -1 | 0 | 1 | null;
  /** The quarter whose list holds it. */
  quarter: string;
  /** The labels, as decided (QuarterLists.labels). */
  band: ScoreBand | null;
  department: string | null;
}

/**
 * Where a comment of a department stands in one quarter's lists, as the comments list decides it:
 * the deepest department whose list holds it (null: no department's list, only the organisation's or
 * none), and the score bands those lists may show on it.
 */
export interface CommentPlacement {
  list: string | null;
  bands: ScoreBand[];
}

/** What the lists of each quarter show on a comment, by the comment's own department. */
interface Labels {
  quarter: string[];
  department: string[];
  label: (string | null)[];
  /** The bands shown there, comma-separated. */
  bands: string[];
}

const BANDS: readonly ScoreBand[] = ['promoter', 'passive', 'detractor'];

/**
 * The comments of a selection, newest quarter first.
 *
 * A comment's text is itself a key: whoever lists comments once per value of anything learns, for
 * every comment, the values of the lists it appears in. So the lists must form one tree, in which
 * the rules (fewer than the comment threshold, subtraction, complementary suppression) protect
 * every part that lists can set apart. They do when lists are cut by department and calendar
 * quarter only: for each quarter the department tree, decided by the guard at the comment
 * threshold (CellDecider.column), and quarters disjoint. Anything else would cross that tree:
 * a segment filter (its values set against the unfiltered list), a month (the organisation's
 * January set against Sales' first quarter pins comments to Sales × January, a cell the guard may
 * well withhold: counts can only be added and subtracted, but lists of texts also intersect), a half
 * or year decided on its own (set against a department's quarter the same way). So segment filters and
 * months are refused, a half or a year shows the lists of its quarters, and a withheld
 * organisation quarter withholds every list of that quarter.
 *
 * Labels: the quarter and the department are those of lists the reader may open anyway (the
 * department shown is the deepest whose list holds the comment); the score band is the only other
 * label, shown when that band passes the partition rules at the comment threshold within the part of
 * the comment's quarter and department that no finer list covers (what the lists already tell).
 * Order within a quarter follows from the text alone (md5 of the text), never from ids or time;
 * the wire carries no key.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly counts: GuardedCounts,
  ) {}

  async comments(filter: ResolvedFilter, search: CommentSearch): Promise<AnalyticsComments> {
    assertCommentCut(filter);
    const commentK = this.counts.commentK;
    const period = filter.period;
    const decider = await this.counts.decider(filter, period.year, { k: commentK, invited: false });
    const selected = selectedDepartment(filter);
    const lists = quartersOf(period).map((q) => new QuarterLists(decider, filter.tree, q, commentK));
    const quarters: CommentQuarter[] = lists.map((l) => ({ key: l.quarter.key, withheld: l.withheld(selected) }));
    const pageSize = search.pageSize ?? COMMENTS_PAGE_SIZE;
    const base = { ...scopeOf(filter, this.counts.k), commentK, quarters, page: search.page, pageSize };
    const open = lists.filter((l) => l.withheld(selected) === null);
    if (!open.length) {
      const withheld: WithheldReason = quarters.some((q) => q.withheld === 'subtraction') ? 'subtraction' : 'too_few';
      return { ...base, withheld, total: 0, comments: [] };
    }

    const departments = departmentRestriction({ filter }) ?? filter.tree.walk(filter.tree.children(null)).map((w) => w.node.id);
    const labels: Labels = { quarter: [], department: [], label: [], bands: [] };
    for (const l of open) {
      for (const id of departments) {
        const shown = l.labels(id, selected);
        labels.quarter.push(l.quarter.key);
        labels.department.push(id);
        labels.label.push(shown.department);
        labels.bands.push(shown.bands.join(','));
      }
    }
    const { rows, total } = await this.page(filter, open.map((l) => l.quarter), labels, search, pageSize);
    const comments: CommentView[] = rows.map((r) => {
      return {
        text: r.comment,
        quarter: r.quarter,
        sentiment: sentimentFromValue(r.sentiment), // NULL on a comment: unclassified
        band: r.band,
        department: r.department,
      };
    });
    return { ...base, withheld: null, total, comments };
  }

  /**
   * The decision the comment lists of one quarter take, for the whole organisation, as a lookup by a
   * comment's own department: the follow-up queue files items by it (FollowUpIntake), so an item
   * exists only where the comments list would show its comment, in the same department, with the same band.
   */
  async placements(quarter: Period): Promise<(departmentId: string) => CommentPlacement> {
    const tree = await DepartmentTree.load(this.db);
    const filter: ResolvedFilter = {
      period: quarter, departmentId: null, managerId: null, location: null, phase: null, tenure: null, programmeId: null, scope: null, tree,
    };
    const commentK = this.counts.commentK;
    const lists = new QuarterLists(await this.counts.decider(filter, quarter.year, { k: commentK, invited: false }), tree, quarter, commentK);
    return (departmentId) => {
      if (lists.withheld(null) !== null || !tree.has(departmentId)) return { list: null, bands: [] };
      const finest = lists.finest(departmentId);
      return { list: finest === ORGANISATION ? null : finest, bands: BANDS.filter((band) => lists.bandShown(finest, band)) };
    };
  }

  /**
   * One page. The labels are joined in SQL so that the order can use them: by quarter, md5 of the
   * text, the text, then the labels shown; rows equal in all of these look the same, so nothing
   * (an id, the insertion order) tells them apart.
   */
  private async page(
    filter: ResolvedFilter, quarters: Period[], labels: Labels, search: CommentSearch, size: number,
  ): Promise<{ rows: CommentRow[]; total: number }> {
    const params = new SqlParams();
    const where = [
      `comment IS NOT NULL`,
      `(${quarters.map((q) => `answered_on BETWEEN ${params.add(q.from)} AND ${params.add(q.to)}`).join(' OR ')})`,
    ];
    const departments = departmentRestriction({ filter });
    if (departments) where.push(`department_id = ANY(${params.add(departments)}::uuid[])`);
    if (search.q?.trim()) {
      where.push(`to_tsvector('simple', comment) @@ plainto_tsquery('simple', ${params.add(search.q.trim())})`);
    }
    if (search.sentiment === 'unclassified') where.push(`sentiment IS NULL`);
    else if (search.sentiment) where.push(`sentiment = ${params.add({ negative: -1, neutral: 0, positive: 1 }[search.sentiment])}`);
    const condition = where.join(' AND ');
    const countValues = [...params.values];
    const offset = (search.page - 1) * size;
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(
        `WITH shown AS (
           SELECT * FROM unnest(${params.add(labels.quarter)}::text[], ${params.add(labels.department)}::uuid[],
                                ${params.add(labels.label)}::text[], ${params.add(labels.bands)}::text[]) AS s(q, dept, label, bands)
         ), rows AS (
           SELECT comment, sentiment, shown.q AS quarter, shown.label AS department,
                  CASE WHEN (CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END)
                            = ANY(string_to_array(shown.bands, ','))
                       THEN (CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END) END AS band
             FROM response
             JOIN shown ON shown.dept = response.department_id
                       AND shown.q = to_char(answered_on, 'YYYY') || '-Q' || extract(quarter FROM answered_on)::int
            WHERE ${condition}
         )
         SELECT * FROM rows
          ORDER BY quarter DESC, md5(comment), comment, band NULLS LAST, department NULLS FIRST
          LIMIT ${params.add(size)} OFFSET ${params.add(offset)}`,
        params.values,
      ),
      this.db.query(`SELECT count(*)::int AS total FROM response WHERE ${condition}`, countValues),
    ]);
    return { rows, total };
  }
}

/** 400 unless the request cuts comments by department and quarter (or a half or year of them) only. */
export function assertCommentCut(filter: ResolvedFilter): void {
  if (ROW_FILTERS.some((name) => filter[name] !== null)) throw new BadRequestException(COMMENTS_BY_DEPARTMENT_AND_PERIOD_ONLY);
  if (filter.period.kind === 'month') throw new BadRequestException(COMMENTS_BY_QUARTER);
}

/** The quarters of a year, half or quarter, newest first. */
export function quartersOf(period: Period): Period[] {
  const out: Period[] = [];
  for (let m = period.lastMonth - (period.lastMonth % 3); m >= period.firstMonth; m -= 3) out.push(parsePeriod(`${period.year}-Q${m / 3 + 1}`));
  return out;
}

/**
 * The comment lists of one quarter: the organisation and every department, decided as one tree at
 * the comment threshold (the guard's column); a withheld organisation withholds them all, as a
 * withheld department withholds its subtree.
 */
class QuarterLists {
  private readonly decisions: Decisions;
  private readonly bands = new Map<string, Map<string, WithheldReason | null>>();

  constructor(
    private readonly decider: CellDecider,
    private readonly tree: DepartmentTree,
    readonly quarter: Period,
    private readonly commentK: number,
  ) {
    this.decisions = decider.column(ALL_PHASES, quarter);
  }

  /** The verdict on the list of a department (null: the organisation). */
  withheld(department: string | null): WithheldReason | null {
    const organisation = this.decisions.has(ORGANISATION) ? this.decisions.get(ORGANISATION)! : 'too_few';
    if (organisation || department === null) return organisation;
    return this.decisions.has(department) ? this.decisions.get(department)! : 'too_few';
  }

  /**
   * The finest list holding a comment of this department: from the top down, the deepest of its
   * departments whose list is shown with every list above it (ORGANISATION: none below the organisation).
   */
  finest(departmentId: string): string {
    const path: string[] = [];
    for (let id: string | null = departmentId; id && this.tree.has(id); id = this.tree.get(id)!.parentId) path.unshift(id);
    let finest = ORGANISATION;
    for (const id of path) {
      if (this.withheld(id) !== null) break;
      finest = id;
    }
    return finest;
  }

  /** The labels on a comment of this department in this quarter's lists, as seen from the selection. */
  labels(departmentId: string, selected: string | null): { department: string | null; bands: ScoreBand[] } {
    const finest = this.finest(departmentId);
    return {
      department: finest === ORGANISATION || finest === selected ? null : this.tree.get(finest)!.name,
      bands: BANDS.filter((band) => this.bandShown(finest, band)),
    };
  }

  /**
   * Whether a band may be shown on the comments whose finest list is `node`: what the lists tell of
   * such a comment is that it was written in the node's part that no listed child covers; the band
   * is shown when it passes the partition rules at the comment threshold within that part.
   */
  bandShown(node: string, band: ScoreBand): boolean {
    let decided = this.bands.get(node);
    if (!decided) {
      const id = node === ORGANISATION ? null : node;
      const rest = this.decider.series(id).tally(this.quarter);
      for (const child of this.tree.children(id)) {
        if (this.withheld(child.id) !== null) continue; // (a shown child's parent is shown: `node` is)
        const c = this.decider.series(child.id).tally(this.quarter);
        rest.promoters -= c.promoters;
        rest.passives -= c.passives;
        rest.detractors -= c.detractors;
      }
      const n = { promoter: rest.promoters, passive: rest.passives, detractor: rest.detractors };
      decided = withholdPartition({ parentN: rest.n, cells: BANDS.map((key) => ({ key, n: n[key] })), k: this.commentK });
      this.bands.set(node, decided);
    }
    return decided.get(band) === null;
  }
}
