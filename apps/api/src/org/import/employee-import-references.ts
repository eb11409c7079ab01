import type { ParsedEmployeeRow } from './employee-row-rules';

export interface KnownDepartment {
  id: string;
  name: string;
}

export interface ReferenceContext {
  departments: KnownDepartment[];
  /** External ids, among those the file names as managers, that exist in the database. */
  existingEmployeeIds: ReadonlySet<string>;
}

export interface CheckedEmployeeRow {
  row: ParsedEmployeeRow;
  /** Set when the department name is known. */
  departmentId: string | null;
  /** The row's own problems, then those of its department and manager. */
  reasons: string[];
}

/**
 * Checks what a row refers to: its department must exist, and its manager must be a valid row
 * of the file or an existing employee. A row whose manager's row is invalid becomes invalid
 * too, transitively, so that importing only the valid rows never leaves a manager unresolved.
 */
export function checkReferences(rows: ParsedEmployeeRow[], context: ReferenceContext): CheckedEmployeeRow[] {
  const departments = new Map(context.departments.map((d) => [d.name.toLowerCase(), d.id]));
  const unknownMessages = new Map<string, string>();
  const checked = rows.map((row): CheckedEmployeeRow => {
    const reasons = [...row.problems];
    const departmentId = row.department ? (departments.get(row.department.toLowerCase()) ?? null) : null;
    if (row.department && !departmentId) {
      const message = unknownMessages.get(row.department) ?? unknownDepartment(row.department, context.departments);
      unknownMessages.set(row.department, message);
      reasons.push(message);
    }
    return { row, departmentId, reasons };
  });

  const firstByExternalId = new Map<string, CheckedEmployeeRow>();
  for (const c of checked) {
    if (c.row.externalId && !firstByExternalId.has(c.row.externalId)) firstByExternalId.set(c.row.externalId, c);
  }
  for (const c of checked) {
    const manager = c.row.managerExternalId;
    if (!manager || manager === c.row.externalId) continue;
    if (!firstByExternalId.has(manager) && !context.existingEmployeeIds.has(manager)) {
      c.reasons.push(`Manager ${manager} is neither in this file nor an existing employee; add them or correct manager_external_id.`);
    }
  }

  // A valid row whose manager's row is invalid becomes invalid, and so on down the chain.
  const reportsOf = new Map<CheckedEmployeeRow, CheckedEmployeeRow[]>();
  for (const c of checked) {
    const manager = c.row.managerExternalId ? firstByExternalId.get(c.row.managerExternalId) : undefined;
    if (!manager || manager === c) continue;
    const reports = reportsOf.get(manager);
    if (reports) reports.push(c);
    else reportsOf.set(manager, [c]);
  }
  const invalid = checked.filter((c) => c.reasons.length > 0);
  for (let manager = invalid.pop(); manager; manager = invalid.pop()) {
    for (const report of reportsOf.get(manager) ?? []) {
      if (report.reasons.length > 0) continue;
      report.reasons.push(
        `Manager ${manager.row.externalId} on line ${manager.row.line} has problems of its own, so this row cannot be imported until that row is fixed.`,
      );
      invalid.push(report);
    }
  }
  return checked;
}

/**
 * 'Unknown department "Slaes". Known departments include: Sales, HR, Finance.': the three closest
 * names, those containing (or contained in) the given one first, then by edit distance.
 */
export function unknownDepartment(name: string, known: KnownDepartment[]): string {
  if (known.length === 0) return `Unknown department "${name}". No departments exist yet; create them before importing employees.`;
  const target = name.toLowerCase();
  const closest = known
    .map((d) => {
      const candidate = d.name.toLowerCase();
      const contains = candidate.includes(target) || target.includes(candidate);
      return { name: d.name, contains, distance: editDistance(target, candidate) };
    })
    .sort((a, b) => Number(b.contains) - Number(a.contains) || a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((d) => d.name);
  return `Unknown department "${name}". Known departments include: ${closest.join(', ')}.`;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
