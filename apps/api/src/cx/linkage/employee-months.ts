import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enpsFromCounts, oneDecimal, parsePeriod, Period, WithheldReason } from '@ex-pulse/domain';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { KeptByRevision } from '../../common/kept-by-revision';
import { FilterResolver } from '../../analytics/filter/filter-resolver.service';
import { CellDecider, Decisions } from '../../analytics/guard/cell-decider';
import { ALL_PHASES } from '../../analytics/guard/cell-space';
import { GuardedCounts } from '../../analytics/guard/guarded-counts.service';

export interface EmployeeMonth {
  enps: number | null;
  n: number | null;
  withheld: WithheldReason | null;
}

/** Closed years kept decided per process (a year per window month at most three; a few trees or k). */
const KEPT_YEARS = 8;

/**
 * The employee side of the linkage: each unit's eNPS month by month, decided by the dashboards'
 * CellDecider over the whole organisation, so only unit-months that pass the anonymity rules show.
 *
 * A year is decided from its own counts only, and a closed year's answers change only through
 * writes that raise its closed_year_revision (migration 1764400000000). So a closed year, once
 * decided, is kept for the same department tree, k and revision, and its unit-months are computed
 * once; only the current year is read and decided on every request. The revisions are read before
 * the counts, so a change that lands in between is decided again on the next request.
 */
@Injectable()
export class EmployeeMonths {
  private readonly kept = new KeptByRevision<DecidedYear>(KEPT_YEARS);

  constructor(
    private readonly db: DataSource,
    private readonly filters: FilterResolver,
    private readonly counts: GuardedCounts,
  ) {}

  async of(user: AuthenticatedUser, months: string[]) {
    const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
    // One resolution (the department tree); each year only changes the period.
    const [base, closed] = await Promise.all([this.filters.resolve(user, { period: String(years[0]) }), this.closedYears()]);
    const k = this.counts.k;
    const decided = await Promise.all(
      years.map(async (year) => {
        const revision = year < closed.before ? String(closed.revisions[year] ?? 0) : null;
        const key = `${year}|${k}|${base.tree.fingerprint}`;
        const kept = revision === null ? undefined : this.kept.get(key, revision);
        if (kept) return kept;
        // eNPS and n only (the linkage shows no interval or response rate): no invitations to read.
        const filter = { ...base, period: parsePeriod(String(year)) };
        const fresh = new DecidedYear(await this.counts.decider(filter, year, { invited: false }));
        if (revision !== null) this.kept.set(key, revision, fresh);
        return fresh;
      }),
    );
    const columns = months.map((m) => decided[years.indexOf(Number(m.slice(0, 4)))].month(m));
    return {
      tree: base.tree,
      /** The unit's months in order: eNPS (one decimal) and n where shown, else why not. */
      months: (unit: string): EmployeeMonth[] => columns.map((column) => column.of(unit)),
    };
  }

  /**
   * The years closed for good and their revisions: a year counts as closed from 3 January on, by
   * PostgreSQL's clock, which the revisions' trigger uses too (that trigger counts from 1 January).
   */
  private async closedYears(): Promise<{ before: number; revisions: Record<number, number> }> {
    const [row]: { before: number; revisions: Record<number, number> }[] = await this.db.query(
      `SELECT extract(year FROM current_date - 2)::int AS before,
              (SELECT coalesce(json_object_agg(year, revision), '{}') FROM closed_year_revision) AS revisions`,
    );
    return row;
  }
}

/** One year's decider and the unit-months asked of it so far, each computed once. */
class DecidedYear {
  private readonly months = new Map<string, DecidedMonth>();

  constructor(private readonly decider: CellDecider) {}

  month(m: string): DecidedMonth {
    let month = this.months.get(m);
    if (!month) {
      const period = parsePeriod(m);
      this.months.set(m, (month = new DecidedMonth(this.decider, period, this.decider.column(ALL_PHASES, period))));
    }
    return month;
  }
}

class DecidedMonth {
  private readonly units = new Map<string, EmployeeMonth>();

  constructor(
    private readonly decider: CellDecider,
    private readonly period: Period,
    private readonly decisions: Decisions,
  ) {}

  of(unit: string): EmployeeMonth {
    let cell = this.units.get(unit);
    if (!cell) {
      const withheld = this.decisions.get(unit) ?? null;
      if (withheld) cell = { enps: null, n: null, withheld };
      else {
        const figures = enpsFromCounts(this.decider.series(unit).tally(this.period));
        cell = { enps: figures.enps === null ? null : oneDecimal(figures.enps), n: figures.n, withheld: null };
      }
      this.units.set(unit, cell);
    }
    return cell;
  }
}

