import type { SyncEmployee } from '@ex-pulse/contracts';
import { EmployeeRowValues, ParsedEmployeeRow, employeeRowProblems, markDuplicates } from '../import/employee-row-rules';

/** our_field → ourField: the JSON list names fields as the API does. */
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The JSON list as import rows: trimmed, language in lower case, dates in ISO, and each row's
 * problems; `line` is the position in the list (1 is the first employee).
 */
export function rowsFromJson(employees: SyncEmployee[]): ParsedEmployeeRow[] {
  const optional = (v: string | null | undefined) => v?.trim() || null;
  const rows = employees.map((e, i): ParsedEmployeeRow => {
    const values: EmployeeRowValues = {
      externalId: e.externalId.trim(),
      name: e.name.trim(),
      workEmail: e.workEmail.trim(),
      personalEmail: optional(e.personalEmail),
      department: e.department.trim(),
      managerExternalId: optional(e.managerExternalId),
      location: e.location.trim(),
      language: e.language.trim().toLowerCase(),
      startDate: e.startDate.trim(),
      noticeDate: optional(e.noticeDate),
      endDate: optional(e.endDate),
    };
    return { line: i + 1, ...values, problems: employeeRowProblems(values, { label: camel }) };
  });
  markDuplicates(rows);
  return rows;
}
