import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ImportReport } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { EmployeeImportComponent } from './employee-import.component';

const REJECTED: ImportReport = {
  applied: false, totalRows: 5, validRows: 3, created: 0, updated: 0,
  errors: [
    { line: 3, externalId: 'E-002', reasons: ['startDate "2025-13-01" is not a date (YYYY-MM-DD)', 'department "Salse" does not exist'] },
    { line: 6, externalId: null, reasons: ['externalId is missing'] },
  ],
};

describe('EmployeeImportComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function setup() {
    const fixture = TestBed.createComponent(EmployeeImportComponent);
    const imported = jest.fn();
    fixture.componentInstance.imported.subscribe(imported);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const file = new File(['externalId,name\nE-001,Ann\n'], 'people.csv', { type: 'text/csv' });
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    const button = (text: string) =>
      Array.from(root.querySelectorAll('button')).find((b) => textOf(b) === text) as HTMLButtonElement;
    return { fixture, root, file, imported, button };
  }

  function sentFile(req: TestRequest): { name: string; size: number } {
    const sent = (req.request.body as FormData).get('file') as File;
    return { name: sent.name, size: sent.size };
  }

  function importRequest(mode: string): TestRequest {
    return http.expectOne((r) => r.url === '/api/employees/import' && r.params.get('mode') === mode);
  }

  it('posts the file as multipart field "file" with mode=all and reports what was applied', async () => {
    const { fixture, root, file, imported, button } = await setup();
    button('Import').click();
    const req = importRequest('all');
    expect(req.request.method).toBe('POST');
    expect(sentFile(req)).toEqual({ name: file.name, size: file.size });
    req.flush({ applied: true, totalRows: 2, validRows: 2, created: 1, updated: 1, errors: [] } satisfies ImportReport);
    await settle(fixture);

    expect(textOf(root)).toContain('Import done: 1 created, 1 updated.');
    expect(imported).toHaveBeenCalledTimes(1);
  });

  it('lists each rejected row with its reasons and offers to import the valid rows only', async () => {
    const { fixture, root, file, imported, button } = await setup();
    button('Import').click();
    importRequest('all').flush({ statusCode: 422, message: 'The file has rows with problems', report: REJECTED }, { status: 422, statusText: 'Unprocessable Entity' });
    await settle(fixture);

    expect(textOf(root.querySelector('[role="alert"]'))).toContain('Nothing was imported. Rows with problems: 2.');
    const rows = Array.from(root.querySelectorAll('table tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => textOf(td)));
    expect(rows).toEqual([
      ['3', 'E-002', 'startDate "2025-13-01" is not a date (YYYY-MM-DD) department "Salse" does not exist'],
      ['6', '–', 'externalId is missing'],
    ]);
    expect(root.querySelectorAll('table tbody tr:first-child li')).toHaveLength(2);
    expect(imported).not.toHaveBeenCalled();

    button('Import the 3 valid rows only').click();
    const retry = importRequest('valid-only');
    expect(sentFile(retry)).toEqual({ name: file.name, size: file.size });
    retry.flush({ ...REJECTED, applied: true, created: 3 });
    await settle(fixture);

    expect(textOf(root)).toContain('Import done: 3 created, 0 updated. Skipped rows: 2 (listed below).');
    expect(textOf(root.querySelector('table caption'))).toBe('Skipped rows');
    expect(imported).toHaveBeenCalledTimes(1);
    expect(button('Import the 3 valid rows only')).toBeUndefined();
  });

  it('shows the message of a file that cannot be read (400)', async () => {
    const { fixture, root, button } = await setup();
    button('Import').click();
    importRequest('all').flush({ statusCode: 400, message: 'Missing columns: startDate, location' }, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('Missing columns: startDate, location');
  });

  it('links to the sample file', async () => {
    const { root } = await setup();
    expect(root.querySelector('a[href="/api/employees/import/sample.csv"]')).not.toBeNull();
  });
});
