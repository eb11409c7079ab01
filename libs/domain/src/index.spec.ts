import * as domain from '@ex-pulse/domain';

describe('@ex-pulse/domain public API', () => {
  it.each([
    'DomainError',
    'isIsoDate', 'assertIsoDate', 'daysBetween', 'addDays', 'addMonths', 'monthStart',
    'classifyScore', 'enpsFromScores', 'enpsFromCounts', 'significantChange', 'INDICATIVE_BELOW',
    'employmentDateProblems', 'assertEmploymentDates', 'validatePhaseBands', 'phaseOn',
    'DEFAULT_PHASE_BANDS', 'PHASES_WITH_PULSES', 'ALL_PHASES',
    'TENURE_BANDS', 'tenureBandOn',
    'DEFAULT_K', 'MIN_K', 'DEFAULT_COMMENT_K', 'resolveK', 'resolveCommentK', 'withholdPartition',
  ])('exports %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });

  it('no longer exports the scaffold placeholder', () => {
    expect((domain as Record<string, unknown>).x).toBeUndefined();
  });
});
