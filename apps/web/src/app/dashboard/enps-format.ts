const MINUS = '\u2212';

/** eNPS points, rounded, with an explicit sign: +18, 0, −7. */
export function signed(value: number): string {
  const rounded = Math.round(value);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `${MINUS}${Math.abs(rounded)}`;
  return '0';
}

/** A 0–1 share as a whole percentage: 0.643 → "64%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "2025-03" (or "2025-03-01") → "Mar 2025" / "märts 2025". */
export function monthLabel(month: string, lang: string): string {
  const date = monthDate(month);
  if (!date) return month;
  return new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function monthDate(month: string): Date | null {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/**
 * Departments in tree order (each parent followed by its subtree), keeping the API's order among
 * siblings; rows whose parent is not in the list are treated as roots.
 */
export function inTreeOrder<T extends { key: string; parentKey: string | null }>(rows: readonly T[]): T[] {
  const keys = new Set(rows.map((r) => r.key));
  const children = new Map<string | null, T[]>();
  for (const row of rows) {
    const parent = row.parentKey !== null && keys.has(row.parentKey) ? row.parentKey : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const ordered: T[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null): void => {
    for (const row of children.get(parent) ?? []) {
      if (seen.has(row.key)) continue; // a cycle in bad data must not hang the page
      seen.add(row.key);
      ordered.push(row);
      visit(row.key);
    }
  };
  visit(null);
  return ordered.concat(rows.filter((r) => !seen.has(r.key)));
}
