import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { Phrase } from '../shared/phrase';

/**
 * The programme rules of libs/domain (programmeProblems), checked in the browser for fast
 * feedback with translated messages. The server checks them again and its 400 message is shown.
 */

export const MAX_DAY = 3650;

export type DaysParse = { days: number[]; error: null } | { days: null; error: ValidationErrors };

/** "7, 30, 60, 90" → [7, 30, 60, 90]: whole days 1–3650 in increasing order. */
export function parseDays(text: string): DaysParse {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) return { days: null, error: { daysRequired: true } };
  const bad = parts.find((part) => !/^\d+$/.test(part) || Number(part) < 1 || Number(part) > MAX_DAY);
  if (bad !== undefined) return { days: null, error: { daysFormat: { value: bad, max: MAX_DAY } } };
  const days = parts.map(Number);
  for (let i = 1; i < days.length; i++) {
    if (days[i] <= days[i - 1]) return { days: null, error: { daysOrder: { day: days[i], previous: days[i - 1] } } };
  }
  return { days, error: null };
}

export const daysValidator: ValidatorFn = (control) => parseDays(String(control.value ?? '')).error;

/** Text that is not only spaces. */
export const requiredText: ValidatorFn = (control) => (String(control.value ?? '').trim() ? null : { required: true });

/** A whole number from min to max. */
export function wholeBetween(min: number, max: number): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (value === null || value === '' || value === undefined) return { required: true };
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? null : { between: { min, max } };
  };
}

/** Rules across fields: the trigger fits the phase, the reminder goes out before the invitation expires. */
export const programmeRules: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const v = group.getRawValue() as { targetPhase: string; triggerKind: string; expiryDays: number | null; reminder: boolean; reminderAfterDays: number | null };
  const errors: ValidationErrors = {};
  if (v.triggerKind === 'every_n_days' && v.targetPhase === 'separation') errors['separationByNotice'] = true;
  if (v.triggerKind === 'on_notice' && v.targetPhase !== 'separation') errors['noticeIsSeparation'] = true;
  if (v.reminder && v.reminderAfterDays !== null && v.expiryDays !== null && v.reminderAfterDays >= v.expiryDays) {
    errors['reminderAfterExpiry'] = true;
  }
  return Object.keys(errors).length ? errors : null;
};

/** The first error of a control (or the group's errors) as a translated message. */
export function errorPhrase(errors: ValidationErrors | null | undefined): Phrase | null {
  if (!errors) return null;
  const [name, detail] = Object.entries(errors)[0] ?? [];
  if (!name) return null;
  return { key: `programmes.form.errors.${name}`, params: typeof detail === 'object' && detail !== null ? detail : {} };
}

/** Every cross-field problem, for the message under the form. */
export function groupPhrases(errors: ValidationErrors | null | undefined): Phrase[] {
  return Object.keys(errors ?? {}).map((name) => ({ key: `programmes.form.errors.${name}` }));
}
