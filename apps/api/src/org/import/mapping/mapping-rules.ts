import type { EmployeeField, EmployeeImportMapping, MappedValueField } from '@ex-pulse/contracts';
import { DATE_FORMATS, isDateFormat } from '@ex-pulse/domain';
import { EMPLOYEE_CSV_COLUMNS, REQUIRED_CSV_COLUMNS } from '../employee-csv';

export const MAPPED_VALUE_FIELDS: readonly MappedValueField[] = ['department', 'location', 'language'];
export const MAX_VALUE_MAPPINGS = 500;

/** A header cell or a value, compared ignoring case and surrounding spaces. */
export const normalised = (value: string): string => value.trim().toLowerCase();

/**
 * What is wrong with a mapping on its own (no file needed), as sentences an admin can act on:
 * every required field needs a column, no column serves two fields, the date format is chosen,
 * a value is mapped once, languages map to en or et.
 */
export function mappingProblems(mapping: Partial<EmployeeImportMapping>): string[] {
  const problems: string[] = [];
  const columns = mapping.columns ?? {};
  const unknownFields = Object.keys(columns).filter((f) => !(EMPLOYEE_CSV_COLUMNS as readonly string[]).includes(f));
  if (unknownFields.length > 0) {
    problems.push(`The mapping names unknown fields ${unknownFields.join(', ')}; our fields are ${EMPLOYEE_CSV_COLUMNS.join(', ')}.`);
  }
  const unmapped = REQUIRED_CSV_COLUMNS.filter((f) => !columns[f]?.trim());
  if (unmapped.length > 0) problems.push(`Choose the file's column for ${unmapped.join(', ')}; ${unmapped.length === 1 ? 'it is' : 'they are'} required.`);
  const byColumn = new Map<string, EmployeeField[]>();
  for (const [field, column] of Object.entries(columns) as [EmployeeField, string | undefined][]) {
    if (!column?.trim()) continue;
    const key = normalised(column);
    byColumn.set(key, [...(byColumn.get(key) ?? []), field]);
  }
  for (const [column, fields] of byColumn) {
    if (fields.length > 1) problems.push(`The column "${column}" is chosen for ${fields.join(' and ')}; each column can hold one field.`);
  }
  if (!isDateFormat(mapping.dateFormat)) {
    problems.push(`Choose how the file writes dates: ${DATE_FORMATS.join(', ')}. It is never guessed, because 03.04.2024 is a different day in DD.MM.YYYY than 03/04/2024 in MM/DD/YYYY.`);
  }
  for (const [field, pairs] of Object.entries(mapping.valueMappings ?? {})) {
    if (!MAPPED_VALUE_FIELDS.includes(field as MappedValueField)) {
      problems.push(`Values can be mapped for ${MAPPED_VALUE_FIELDS.join(', ')} only, not ${field}.`);
      continue;
    }
    const seen = new Set<string>();
    for (const { from, to } of pairs ?? []) {
      if (!from.trim() || !to.trim()) problems.push(`A ${field} value mapping has an empty side; give both the file's value and ours.`);
      else if (seen.has(normalised(from))) problems.push(`The ${field} value "${from}" is mapped more than once.`);
      else if (field === 'language' && !['en', 'et'].includes(normalised(to))) {
        problems.push(`The language value "${from}" must map to en or et, not "${to}".`);
      }
      seen.add(normalised(from));
    }
  }
  return problems;
}
