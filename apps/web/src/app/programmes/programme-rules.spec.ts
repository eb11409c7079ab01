import { parseDays } from './programme-rules';
import { triggerPhrase } from './programme-format';

describe('parseDays', () => {
  it.each([
    ['7, 30, 60, 90', [7, 30, 60, 90]],
    [' 7,30 , 60,', [7, 30, 60]],
    ['3650', [3650]],
  ])('reads "%s"', (text, days) => {
    expect(parseDays(text)).toEqual({ days, error: null });
  });

  it.each([
    ['', { daysRequired: true }],
    [' , ', { daysRequired: true }],
    ['7, 30.5', { daysFormat: { value: '30.5', max: 3650 } }],
    ['7, -1', { daysFormat: { value: '-1', max: 3650 } }],
    ['0', { daysFormat: { value: '0', max: 3650 } }],
    ['7 30', { daysFormat: { value: '7 30', max: 3650 } }],
    ['3651', { daysFormat: { value: '3651', max: 3650 } }],
    ['7, 60, 30', { daysOrder: { day: 30, previous: 60 } }],
    ['7, 7', { daysOrder: { day: 7, previous: 7 } }],
  ])('refuses "%s"', (text, error) => {
    expect(parseDays(text)).toEqual({ days: null, error });
  });
});

describe('triggerPhrase', () => {
  it('names one day in the singular and repeating programmes by their phase', () => {
    const base = { triggerDays: [], intervalDays: null, targetPhase: 'onboarding' as const };
    expect(triggerPhrase({ ...base, triggerKind: 'days_after_start', triggerDays: [30] })).toEqual({ key: 'programmes.trigger.day', params: { day: 30 } });
    expect(triggerPhrase({ ...base, triggerKind: 'every_n_days', intervalDays: 30, targetPhase: 'all' })).toEqual({
      key: 'programmes.trigger.every.all',
      params: { days: 30 },
    });
  });
});
