import { checkReferences, editDistance, unknownDepartment } from './employee-import-references';
import type { ParsedEmployeeRow } from './employee-row-rules';

const DEPARTMENTS = ['Customer Support', 'Sales', 'IT Services', 'HR', 'Finance', 'Product Engineering', 'Tallinn Store', 'Tartu Store']
  .map((name, i) => ({ id: `d${i}`, name }));

let nextLine = 2;
const employee = (externalId: string, managerExternalId: string | null = null, over: Partial<ParsedEmployeeRow> = {}): ParsedEmployeeRow => ({
  line: nextLine++, externalId, name: `Person ${externalId}`, workEmail: `${externalId}@example.com`, personalEmail: null,
  department: 'Sales', managerExternalId, location: 'Tallinn', language: 'et', startDate: '2024-01-15',
  noticeDate: null, endDate: null, problems: [], ...over,
});
const check = (rows: ParsedEmployeeRow[], existing: string[] = []) =>
  checkReferences(rows, { departments: DEPARTMENTS, existingEmployeeIds: new Set(existing) })
    .map((c) => [c.row.externalId, c.departmentId, c.reasons]);

beforeEach(() => (nextLine = 2));

describe('checkReferences', () => {
  it('matches department names ignoring case', () => {
    expect(check([employee('A', null, { department: 'tartu STORE' })])).toEqual([['A', 'd7', []]]);
  });

  it('accepts a manager from the file (listed before or after) or from the database', () => {
    expect(check([employee('A', 'B'), employee('B', 'OLD'), employee('C', 'A')], ['OLD']).map((r) => r[2])).toEqual([[], [], []]);
  });

  it('rejects a manager found nowhere', () => {
    expect(check([employee('A', 'Z')])[0][2]).toEqual([
      'Manager Z is neither in this file nor an existing employee; add them or correct manager_external_id.',
    ]);
  });

  it("makes every row under an invalid manager's row invalid, down the chain, naming the manager's line", () => {
    const result = check([
      employee('D', 'C'), employee('C', 'B'), employee('B', null, { department: 'Nowhere' }), employee('E', 'OLD'),
    ], ['OLD', 'B']);
    expect(result.map(([id, , reasons]) => [id, (reasons as string[]).length])).toEqual([['D', 1], ['C', 1], ['B', 1], ['E', 0]]);
    expect(result[1][2]).toEqual([
      'Manager B on line 4 has problems of its own, so this row cannot be imported until that row is fixed.',
    ]);
    expect(result[0][2]).toEqual([
      'Manager C on line 3 has problems of its own, so this row cannot be imported until that row is fixed.',
    ]);
  });

  it('resolves a duplicated external id to its first occurrence', () => {
    const dup = employee('A', null, { problems: ['External id A appears already on line 2.'] });
    expect(check([employee('A'), dup, employee('B', 'A')]).map((r) => (r[2] as string[]).length)).toEqual([0, 1, 0]);
  });

  it('tolerates a manager cycle within the file', () => {
    expect(check([employee('A', 'B'), employee('B', 'A')]).map((r) => r[2])).toEqual([[], []]);
  });
});

describe('unknownDepartment', () => {
  it.each([
    ['Slaes', 'Unknown department "Slaes". Known departments include: Sales, HR, Finance.'],
    ['Tartu', 'Unknown department "Tartu". Known departments include: Tartu Store, HR, Sales.'],
    ['Store', 'Unknown department "Store". Known departments include: Tartu Store, Tallinn Store, HR.'],
    ['IT Service', 'Unknown department "IT Service". Known departments include: IT Services, Finance, HR.'],
  ])('suggests the three closest names for %s', (name, message) => {
    expect(unknownDepartment(name, DEPARTMENTS)).toBe(message);
  });

  it('says when there are no departments at all', () => {
    expect(unknownDepartment('Sales', [])).toMatch(/No departments exist yet/);
  });

  it('measures edit distance', () => {
    expect([editDistance('slaes', 'sales'), editDistance('', 'hr'), editDistance('kitten', 'sitting')]).toEqual([2, 2, 3]);
  });
});
