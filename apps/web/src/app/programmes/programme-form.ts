import { FormArray, FormControl, FormGroup, ValidatorFn } from '@angular/forms';
import { ProgrammeDto, ProgrammeInput, ProgrammeQuestion, ProgrammeTarget, TriggerKind } from '@ex-pulse/contracts';
import { daysValidator, parseDays, programmeRules, requiredText, wholeBetween } from './programme-rules';

/** The questions HR may add after the fixed first one. */
export type ExtraKind = 'statement' | 'driver' | 'choice';
export const EXTRA_KINDS: readonly ExtraKind[] = ['statement', 'driver', 'choice'];
/** eNPS plus at most two more (a comment may come on top): MAX_SCORED_QUESTIONS of libs/domain. */
export const MAX_EXTRA_QUESTIONS = 2;

export type ExtraQuestionForm = FormGroup<{
  kind: FormControl<ExtraKind>;
  key: FormControl<string>;
  textEn: FormControl<string>;
  textEt: FormControl<string>;
}>;

export type ProgrammeForm = ReturnType<typeof programmeForm>;

const control = <T>(value: T, validators: ValidatorFn[] = []) => new FormControl<T>(value, { nonNullable: true, validators });

/** A new programme's form: onboarding-like defaults of PRODUCT.md. */
export function programmeForm() {
  const form = new FormGroup(
    {
      nameEn: control('', [requiredText]),
      nameEt: control('', [requiredText]),
      targetPhase: control<ProgrammeTarget>('onboarding'),
      triggerKind: control<TriggerKind>('days_after_start'),
      triggerDays: control('', [daysValidator]),
      intervalDays: control<number | null>(90, [wholeBetween(7, 366)]),
      extras: new FormArray<ExtraQuestionForm>([]),
      comment: control(true),
      expiryDays: control<number | null>(14, [wholeBetween(1, 60)]),
      reminder: control(true),
      reminderAfterDays: control<number | null>(3, [wholeBetween(1, 30)]),
      catchUpDays: control<number | null>(7, [wholeBetween(1, 60)]),
    },
    { validators: programmeRules },
  );
  const c = form.controls;
  // Only the fields the chosen trigger and reminder need take part (disabled controls are not validated).
  const sync = () => {
    toggle(c.triggerDays, c.triggerKind.value === 'days_after_start');
    toggle(c.intervalDays, c.triggerKind.value === 'every_n_days');
    toggle(c.reminderAfterDays, c.reminder.value);
  };
  c.triggerKind.valueChanges.subscribe(sync);
  c.reminder.valueChanges.subscribe(sync);
  sync();
  return form;
}

/** One added question; a statement needs a key and both texts, a choice a key, a driver nothing. */
export function extraQuestion(q: ProgrammeQuestion = { kind: 'statement' }): ExtraQuestionForm {
  const group = new FormGroup({
    kind: control<ExtraKind>(isExtraKind(q.kind) ? q.kind : 'statement'),
    key: control(q.key ?? '', [requiredText]),
    textEn: control(q.textEn ?? '', [requiredText]),
    textEt: control(q.textEt ?? '', [requiredText]),
  });
  const sync = (kind: ExtraKind) => {
    toggle(group.controls.key, kind !== 'driver');
    toggle(group.controls.textEn, kind === 'statement');
    toggle(group.controls.textEt, kind === 'statement');
  };
  group.controls.kind.valueChanges.subscribe(sync);
  sync(group.controls.kind.value);
  return group;
}

/** The fixed first question: eNPS, or the internal service pulse's provider satisfaction. */
export function firstQuestion(questions: readonly ProgrammeQuestion[]): ProgrammeQuestion {
  return questions.find((q) => q.kind === 'enps' || q.kind === 'provider_csat') ?? { kind: 'enps' };
}

/** Fill the form from a saved programme. */
export function fillForm(form: ProgrammeForm, p: ProgrammeDto): void {
  form.controls.extras.clear();
  for (const q of p.questions.filter((q) => isExtraKind(q.kind))) form.controls.extras.push(extraQuestion(q));
  form.patchValue({
    nameEn: p.nameEn,
    nameEt: p.nameEt,
    targetPhase: p.targetPhase,
    triggerKind: p.triggerKind,
    triggerDays: p.triggerDays.join(', '),
    intervalDays: p.intervalDays ?? 90,
    comment: p.questions.some((q) => q.kind === 'comment'),
    expiryDays: p.expiryDays,
    reminder: p.reminderAfterDays !== null,
    reminderAfterDays: p.reminderAfterDays ?? 3,
    catchUpDays: p.catchUpDays,
  });
}

/** What the API takes: days parsed, questions with the fixed one first and the comment last. */
export function toProgrammeInput(form: ProgrammeForm, first: ProgrammeQuestion): ProgrammeInput {
  const v = form.getRawValue();
  const whole = (n: number | null) => n ?? 0;
  return {
    nameEn: v.nameEn.trim(),
    nameEt: v.nameEt.trim(),
    targetPhase: v.targetPhase,
    triggerKind: v.triggerKind,
    triggerDays: v.triggerKind === 'days_after_start' ? (parseDays(v.triggerDays).days ?? []) : [],
    intervalDays: v.triggerKind === 'every_n_days' ? v.intervalDays : null,
    questions: [first, ...v.extras.map(toQuestion), ...(v.comment ? [{ kind: 'comment' as const }] : [])],
    expiryDays: whole(v.expiryDays),
    reminderAfterDays: v.reminder ? v.reminderAfterDays : null,
    catchUpDays: whole(v.catchUpDays),
  };
}

function toQuestion(q: ReturnType<ExtraQuestionForm['getRawValue']>): ProgrammeQuestion {
  switch (q.kind) {
    case 'statement':
      return { kind: 'statement', key: q.key.trim(), textEn: q.textEn.trim(), textEt: q.textEt.trim() };
    case 'choice':
      return { kind: 'choice', key: q.key.trim() };
    default:
      return { kind: 'driver' };
  }
}

function isExtraKind(kind: string): kind is ExtraKind {
  return (EXTRA_KINDS as readonly string[]).includes(kind);
}

function toggle(c: FormControl<unknown>, enabled: boolean): void {
  if (enabled && c.disabled) c.enable({ emitEvent: false });
  if (!enabled && c.enabled) c.disable({ emitEvent: false });
}
