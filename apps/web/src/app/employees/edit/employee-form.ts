import { FormControl, FormGroup } from '@angular/forms';
import { EmployeeDto, EmployeeInput, Language } from '@ex-pulse/contracts';

export type EmployeeField =
  | 'externalId' | 'name' | 'workEmail' | 'personalEmail' | 'departmentId'
  | 'location' | 'language' | 'startDate' | 'noticeDate' | 'endDate';

export function employeeForm() {
  const text = () => new FormControl('', { nonNullable: true });
  return new FormGroup({
    externalId: text(),
    name: text(),
    workEmail: text(),
    personalEmail: text(),
    departmentId: text(),
    location: text(),
    language: new FormControl<Language>('en', { nonNullable: true }),
    startDate: text(),
    noticeDate: text(),
    endDate: text(),
  });
}

export type EmployeeFormGroup = ReturnType<typeof employeeForm>;

export function fillEmployeeForm(form: EmployeeFormGroup, e: EmployeeDto | null): void {
  form.reset({
    externalId: e?.externalId ?? '',
    name: e?.name ?? '',
    workEmail: e?.workEmail ?? '',
    personalEmail: e?.personalEmail ?? '',
    departmentId: e?.departmentId ?? '',
    location: e?.location ?? '',
    language: e?.language ?? 'en',
    startDate: e?.startDate ?? '',
    noticeDate: e?.noticeDate ?? '',
    endDate: e?.endDate ?? '',
  });
}

/** The body the API validates: empty optional fields are null; the manager is kept as it was. */
export function toEmployeeInput(form: EmployeeFormGroup, managerId: string | null): EmployeeInput {
  const v = form.getRawValue();
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    externalId: v.externalId.trim(),
    name: v.name.trim(),
    workEmail: v.workEmail.trim(),
    personalEmail: orNull(v.personalEmail),
    departmentId: v.departmentId,
    managerId,
    location: v.location.trim(),
    language: v.language,
    startDate: v.startDate,
    noticeDate: orNull(v.noticeDate),
    endDate: orNull(v.endDate),
  };
}

/**
 * Which field an API message is about. The API names fields by property ("workEmail must be …",
 * from the DTO) or in words ("Notice date … is after end date …", the import's date rules):
 * the field a message starts with is the one to fix.
 */
const FIELD_OF_MESSAGE: [RegExp, EmployeeField][] = [
  [/^(externalId|external id)\b/i, 'externalId'],
  [/^name\b/i, 'name'],
  [/^workEmail\b/i, 'workEmail'],
  [/^personalEmail\b/i, 'personalEmail'],
  [/^departmentId\b/i, 'departmentId'],
  [/^location\b/i, 'location'],
  [/^language\b/i, 'language'],
  [/^(startDate|start date)\b/i, 'startDate'],
  [/^(noticeDate|notice date)\b/i, 'noticeDate'],
  [/^(endDate|end date)\b/i, 'endDate'],
];

export function fieldOfMessage(message: string): EmployeeField | null {
  return FIELD_OF_MESSAGE.find(([pattern]) => pattern.test(message.trim()))?.[1] ?? null;
}

/** The API's messages sorted to their fields; the rest (no field named) are for the whole form. */
export function sortMessages(messages: readonly string[]): { fields: Partial<Record<EmployeeField, string[]>>; general: string[] } {
  const fields: Partial<Record<EmployeeField, string[]>> = {};
  const general: string[] = [];
  for (const message of messages) {
    const field = fieldOfMessage(message);
    if (field) (fields[field] ??= []).push(message);
    else general.push(message);
  }
  return { fields, general };
}
