import { DateFormat, EmployeeField, EmployeeImportMapping, MappedValueField, ValueMapping } from '@ex-pulse/contracts';
import { DATE_FORMATS } from '@ex-pulse/domain';

export { DATE_FORMATS };

/** Our fields in the order the page lists them; the required ones first. */
export const FIELDS: readonly { field: EmployeeField; required: boolean }[] = [
  { field: 'external_id', required: true },
  { field: 'name', required: true },
  { field: 'work_email', required: true },
  { field: 'department', required: true },
  { field: 'location', required: true },
  { field: 'language', required: true },
  { field: 'start_date', required: true },
  { field: 'personal_email', required: false },
  { field: 'manager_external_id', required: false },
  { field: 'notice_date', required: false },
  { field: 'end_date', required: false },
];

export const VALUE_FIELDS: readonly MappedValueField[] = ['department', 'language', 'location'];

/** The mapping as the page edits it: the date format may still be unchosen. */
export interface MappingDraft {
  columns: Partial<Record<EmployeeField, string>>;
  dateFormat: DateFormat | null;
  valueMappings: Record<MappedValueField, ValueMapping[]>;
}

export function emptyDraft(): MappingDraft {
  return { columns: {}, dateFormat: null, valueMappings: { department: [], language: [], location: [] } };
}

export function draftOf(mapping: EmployeeImportMapping): MappingDraft {
  return {
    columns: { ...mapping.columns },
    dateFormat: mapping.dateFormat,
    valueMappings: {
      department: [...(mapping.valueMappings.department ?? [])],
      language: [...(mapping.valueMappings.language ?? [])],
      location: [...(mapping.valueMappings.location ?? [])],
    },
  };
}

/**
 * The draft as the API takes it; an unchosen date format is sent as missing, so the API's own
 * message explains why it must be chosen. Empty value rows are left out.
 */
export function mappingOf(draft: MappingDraft): EmployeeImportMapping {
  const pairs = (field: MappedValueField) => draft.valueMappings[field].filter((p) => p.from.trim() || p.to.trim());
  return {
    columns: Object.fromEntries(Object.entries(draft.columns).filter(([, c]) => !!c)),
    ...(draft.dateFormat ? { dateFormat: draft.dateFormat } : {}),
    valueMappings: { department: pairs('department'), language: pairs('language'), location: pairs('location') },
  } as EmployeeImportMapping;
}

/**
 * The columns to offer for a field: the uploaded file's header, and the saved column too when no
 * file was uploaded yet (so the saved mapping reads as it is).
 */
export function columnOptions(header: readonly string[], draft: MappingDraft): string[] {
  const saved = Object.values(draft.columns).filter((c): c is string => !!c);
  return header.length > 0 ? [...header] : [...new Set(saved)];
}

/**
 * A first guess for unmapped fields from a header: a column whose name is our field's name
 * (ignoring case, spaces and dashes). Only a convenience: the admin sees and saves every choice.
 */
export function matchingColumns(header: readonly string[], draft: MappingDraft): MappingDraft {
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const columns = { ...draft.columns };
  for (const { field } of FIELDS) {
    if (columns[field]) continue;
    const match = header.find((h) => key(h) === key(field));
    if (match) columns[field] = match;
  }
  return { ...draft, columns };
}
