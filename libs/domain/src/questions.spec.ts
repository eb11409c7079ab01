import { DRIVERS, ProgrammeQuestion } from './programme';
import {
  AGREEMENT_LABELS, asksComment, DRIVER_LABELS, DRIVER_TEXTS, driverFor, extraQuestionFor, isAgreementScore, isLeavingReason,
  LEAVING_REASON_KEYS, LEAVING_REASONS,
} from './questions';

const ONBOARDING: ProgrammeQuestion[] = [
  { kind: 'enps' },
  { kind: 'statement', key: 'tools', textEn: 'I have what I need to do my job well.', textEt: 'Mul on olemas kõik.' },
  { kind: 'comment' },
];
const QUARTERLY: ProgrammeQuestion[] = [{ kind: 'enps' }, { kind: 'driver' }, { kind: 'comment' }];
const EXIT: ProgrammeQuestion[] = [{ kind: 'enps' }, { kind: 'choice', key: 'leaving_reason' }, { kind: 'comment' }];

describe('question texts', () => {
  it('has every driver statement and label in English and Estonian', () => {
    for (const driver of DRIVERS) {
      for (const texts of [DRIVER_TEXTS[driver], DRIVER_LABELS[driver]]) {
        expect(texts.en.trim()).not.toBe('');
        expect(texts.et.trim()).not.toBe('');
        expect(texts.et).not.toBe(texts.en);
      }
    }
    expect(DRIVER_TEXTS.manager_relationship.en).toBe('My manager supports me and gives me useful feedback.');
  });

  it('has eight leaving reasons, each in both languages, "other" last', () => {
    expect(LEAVING_REASON_KEYS).toHaveLength(8);
    expect(LEAVING_REASON_KEYS[7]).toBe('other');
    for (const key of LEAVING_REASON_KEYS) expect(LEAVING_REASONS[key].et).not.toBe(LEAVING_REASONS[key].en);
    expect(isLeavingReason('manager')).toBe(true);
    expect(isLeavingReason('boredom')).toBe(false);
  });

  it('labels the five points of the agreement scale', () => {
    expect(AGREEMENT_LABELS.map((l) => l.en)).toEqual(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']);
    expect(AGREEMENT_LABELS.every((l) => l.et.trim().length > 0)).toBe(true);
  });

  it.each([[1, true], [5, true], [0, false], [6, false], [2.5, false], ['3', false], [null, false]])('isAgreementScore(%p) is %p', (n, ok) => {
    expect(isAgreementScore(n)).toBe(ok);
  });
});

describe('driverFor', () => {
  it('rotates one person through all six drivers over six successive quarterly pulses', () => {
    // Quarterly occurrences fall on employment days 361, 451, 541, … (every 90 days).
    const asked = Array.from({ length: 6 }, (_, i) => driverFor(`day-${361 + 90 * i}`, { intervalDays: 90 }));
    expect(new Set(asked)).toEqual(new Set(DRIVERS));
    // floor(361 / 90) = 4: the fifth driver first, then on in DRIVERS order.
    expect(asked).toEqual(['workplace_tools', 'wellbeing', 'manager_relationship', 'role_clarity', 'recognition', 'growth']);
  });

  it('rotates the 30-day development pulse too, whatever day the cycle starts on', () => {
    for (const first of [121, 122, 150, 200]) {
      const asked = Array.from({ length: 6 }, (_, i) => driverFor(`day-${first + 30 * i}`, { intervalDays: 30 }));
      expect(new Set(asked).size).toBe(6);
    }
  });

  it('with a start date, rotates by the calendar block of the nominal due date', () => {
    // 2025-01-01 is day 20089 since 1970-01-01; day 361 falls on 2025-12-27 = day 20448; floor(20448 / 90) = 227, 227 mod 6 = 5.
    const cadence = { intervalDays: 90, startDate: '2025-01-01' };
    expect(driverFor('day-361', cadence)).toBe(DRIVERS[5]);
    const asked = Array.from({ length: 6 }, (_, i) => driverFor(`day-${361 + 90 * i}`, cadence));
    expect(asked).toEqual([DRIVERS[5], ...DRIVERS.slice(0, 5)]);
    // Two people due in the same 90-day block of the calendar are asked the same driver, whatever their tenure.
    expect(driverFor('day-451', { intervalDays: 90, startDate: '2024-09-28' })).toBe(driverFor('day-361', cadence));
    // A development phase of five pulses skips a different driver for people who start at different times.
    const skipped = new Set(['2025-01-01', '2025-02-05', '2025-03-10', '2025-04-15', '2025-05-20', '2025-06-25'].map((startDate) => {
      const seen = new Set([121, 151, 181, 211, 241].map((d) => driverFor(`day-${d}`, { intervalDays: 30, startDate })));
      return DRIVERS.find((d) => !seen.has(d));
    }));
    expect(skipped.size).toBeGreaterThan(1);
    expect(driverFor('day-100', { intervalDays: 90, startDate: '1960-03-01' })).toBeDefined();
  });

  it('uses the position among fixed trigger days', () => {
    const days = [7, 30, 60, 90];
    expect(days.map((d) => driverFor(`day-${d}`, { triggerDays: days }))).toEqual(DRIVERS.slice(0, 4));
  });

  it('spreads other occurrence keys by a stable hash', () => {
    const keys = Array.from({ length: 600 }, (_, i) => `campaign-${i}`);
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(driverFor(key), (counts.get(driverFor(key)) ?? 0) + 1);
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
    expect(driverFor('exit')).toBe(driverFor('exit'));
    // A day key the cadence does not explain falls back to the hash too.
    expect(driverFor('day-45', { triggerDays: [7, 30] })).toBe(driverFor('day-45'));
  });
});

describe('extraQuestionFor', () => {
  it('asks the onboarding statement', () => {
    expect(extraQuestionFor(ONBOARDING, 'day-7', { triggerDays: [7, 30, 60, 90] })).toEqual({
      kind: 'scale', key: 'tools', text: { en: 'I have what I need to do my job well.', et: 'Mul on olemas kõik.' },
    });
  });

  it("asks the occurrence's driver", () => {
    expect(extraQuestionFor(QUARTERLY, 'day-361', { intervalDays: 90 })).toEqual({
      kind: 'scale', key: 'workplace_tools', text: DRIVER_TEXTS.workplace_tools,
    });
  });

  it('asks the reason for leaving with its eight options', () => {
    const q = extraQuestionFor(EXIT, 'exit');
    expect(q?.kind).toBe('choice');
    expect(q?.kind === 'choice' && q.options.map((o) => o.key)).toEqual([...LEAVING_REASON_KEYS]);
  });

  it('asks nothing more of an eNPS-only programme or an unknown choice', () => {
    expect(extraQuestionFor([{ kind: 'enps' }], 'day-1')).toBeNull();
    expect(extraQuestionFor([{ kind: 'enps' }, { kind: 'choice', key: 'favourite_colour' }], 'day-1')).toBeNull();
    expect(asksComment(QUARTERLY)).toBe(true);
    expect(asksComment([{ kind: 'enps' }])).toBe(false);
  });
});
