import type { EmployeeImportMapping } from '@ex-pulse/contracts';
import { parseMappedEmployeeCsv } from './mapped-employee-csv';
import { mappingProblems } from './mapping-rules';

const MAPPING: EmployeeImportMapping = {
  columns: {
    external_id: 'Personal ID', name: 'Full name', work_email: 'E-mail', department: 'Org unit', location: 'Office',
    language: 'Lang', start_date: 'Hire date', end_date: 'Termination date',
  },
  dateFormat: 'DD.MM.YYYY',
  valueMappings: { department: [{ from: 'R&D', to: 'Research and development' }], language: [{ from: 'EE', to: 'et' }] },
};
const HEADER = 'Personal ID;Full name;E-mail;Org unit;Office;Hire date;Termination date;Lang;Salary';
const file = (...rows: string[]) => Buffer.from('\ufeff' + [HEADER, ...rows].join('\r\n') + '\r\n');

describe('parseMappedEmployeeCsv', () => {
  it('reads the HR export: BOM, its own headers, DD.MM.YYYY, value mappings, the extra column ignored', () => {
    const { rows, fileProblems } = parseMappedEmployeeCsv(file('1001;Anna Tamm;anna@example.com;r&d;Tallinn;15.01.2024;;EE;4200'), MAPPING);
    expect(fileProblems).toEqual([]);
    expect(rows).toEqual([{
      line: 2, externalId: '1001', name: 'Anna Tamm', workEmail: 'anna@example.com', personalEmail: null,
      department: 'Research and development', managerExternalId: null, location: 'Tallinn', language: 'et',
      startDate: '2024-01-15', noticeDate: null, endDate: null, problems: [],
    }]);
  });

  it('names the file\'s own column in a row problem, with its line', () => {
    const { rows } = parseMappedEmployeeCsv(file('1001;A;a@example.com;Sales;Tallinn;2024-01-15;31.02.2025;en;1'), MAPPING);
    expect(rows[0]).toMatchObject({ line: 2, problems: [
      'Hire date "2024-01-15" is not a date in the form DD.MM.YYYY.',
      'Termination date 31.02.2025 is not a real calendar date (read as DD.MM.YYYY).',
    ] });
  });

  it('refuses a file without a column the mapping names, listing the file\'s columns', () => {
    const { fileProblems } = parseMappedEmployeeCsv(Buffer.from('Personal ID,Name\n1,A\n'), MAPPING);
    expect(fileProblems).toHaveLength(1);
    expect(fileProblems[0]).toMatch(/^The file has no columns "Full name" \(for name\), "E-mail" \(for work_email\), .* Its columns are "Personal ID", "Name"\./);
  });
});

describe('mappingProblems', () => {
  it('accepts the mapping', () => expect(mappingProblems(MAPPING)).toEqual([]));

  it('wants every required field, a chosen date format, one field per column, languages en or et', () => {
    expect(mappingProblems({
      columns: { external_id: 'ID', name: 'ID' },
      valueMappings: { language: [{ from: 'EE', to: 'Estonian' }] },
    })).toEqual([
      'Choose the file\'s column for work_email, department, location, language, start_date; they are required.',
      'The column "id" is chosen for external_id and name; each column can hold one field.',
      expect.stringMatching(/^Choose how the file writes dates: YYYY-MM-DD, DD.MM.YYYY, MM\/DD\/YYYY\. It is never guessed/),
      'The language value "EE" must map to en or et, not "Estonian".',
    ]);
  });
});
