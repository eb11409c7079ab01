import { DATE_FORMATS, dateInFormat, dateInFormatProblem, isDateFormat } from './date-formats';

describe('dateInFormat', () => {
  it.each([
    ['2024-01-15', 'YYYY-MM-DD', '2024-01-15'],
    ['15.01.2024', 'DD.MM.YYYY', '2024-01-15'],
    ['5.1.2024', 'DD.MM.YYYY', '2024-01-05'],
    ['01/15/2024', 'MM/DD/YYYY', '2024-01-15'],
    ['1/5/2024', 'MM/DD/YYYY', '2024-01-05'],
    ['29.02.2024', 'DD.MM.YYYY', '2024-02-29'],
  ] as const)('%s in %s is %s', (value, format, iso) => {
    expect(dateInFormat(value, format)).toBe(iso);
  });

  it('reads the same text as different days in different formats, which is why the format is chosen', () => {
    expect(dateInFormat('03/04/2024', 'MM/DD/YYYY')).toBe('2024-03-04');
    expect(dateInFormat('03.04.2024', 'DD.MM.YYYY')).toBe('2024-04-03');
  });

  it.each([
    ['15.01.2024', 'YYYY-MM-DD'],
    ['2024-01-15', 'DD.MM.YYYY'],
    ['15/01/2024', 'DD.MM.YYYY'],
    ['15.01.24', 'DD.MM.YYYY'],
    ['13/01/2024', 'MM/DD/YYYY'],
    ['31.02.2024', 'DD.MM.YYYY'],
    ['29.02.2023', 'DD.MM.YYYY'],
    ['00.01.2024', 'DD.MM.YYYY'],
    ['', 'DD.MM.YYYY'],
  ] as const)('%s is not a date in %s', (value, format) => {
    expect(dateInFormat(value, format)).toBeNull();
  });
});

describe('dateInFormatProblem', () => {
  it('is null for a good date', () => {
    expect(dateInFormatProblem('15.01.2024', 'DD.MM.YYYY', 'Hire date')).toBeNull();
  });
  it('names the label and the expected form', () => {
    expect(dateInFormatProblem('2024-01-15', 'DD.MM.YYYY', 'Hire date')).toBe('Hire date "2024-01-15" is not a date in the form DD.MM.YYYY.');
  });
  it('says when the shape is right but the day does not exist', () => {
    expect(dateInFormatProblem('31.02.2024', 'DD.MM.YYYY', 'Hire date')).toBe('Hire date 31.02.2024 is not a real calendar date (read as DD.MM.YYYY).');
  });
  it('is the ISO sentence for YYYY-MM-DD', () => {
    expect(dateInFormatProblem('15.01.2024', 'YYYY-MM-DD', 'start_date')).toBe('start_date "15.01.2024" is not a date in the form YYYY-MM-DD.');
  });
});

describe('isDateFormat', () => {
  it('knows exactly the three formats', () => {
    expect(DATE_FORMATS.every(isDateFormat)).toBe(true);
    expect(isDateFormat('DD/MM/YYYY')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});
