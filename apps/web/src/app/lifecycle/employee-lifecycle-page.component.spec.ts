import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { LanguageService } from '../core/i18n/language.service';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { EmployeeLifecyclePageComponent } from './employee-lifecycle-page.component';
import { employeeFixture } from './lifecycle-fixtures';
import { phaseSegments } from './phase-band';

describe('EmployeeLifecyclePageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
      { path: 'lifecycle/employees/:id', component: EmployeeLifecyclePageComponent },
      { path: 'employees', children: [] },
    ]);
  });

  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create('/lifecycle/employees/e1');
    http.expectOne('/api/lifecycle/employees/e1').flush(employeeFixture());
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement };
  }

  it('shows the phases as a band of dated segments, in order', async () => {
    const { root } = await open();
    expect(textOf(root.querySelector('h1'))).toBe('Ann Tamm');
    expect(textOf(root.querySelector('.facts'))).toBe('E-001 Sales Now: Departed, 1–2 years');
    const band = root.querySelector('ol.band')!;
    expect(band.getAttribute('aria-label')).toBe('Lifecycle phases of Ann Tamm, in order');
    expect(Array.from(band.querySelectorAll('li')).map((li) => textOf(li))).toEqual([
      'Pre-start until 2025-02-28',
      'Onboarding 2025-03-01 – 2025-05-19',
      'Separation 2025-05-20 – 2025-06-30',
      'Departed since 2025-07-01',
    ]);
    expect(band.querySelector('.band__segment--current')?.textContent).toContain('Departed');
  });

  it('lists invitations as sent, with expiry, email and planned reminder; never opened or answered', async () => {
    const { root } = await open();
    const headers = Array.from(root.querySelectorAll('table.invitations thead th')).map((th) => textOf(th));
    expect(headers).toEqual(['Programme', 'Occurrence', 'Sent on', 'Expires', 'Email', 'Reminder planned']);
    const rows = Array.from(root.querySelectorAll('table.invitations tbody tr')).map((tr) => textOf(tr));
    expect(rows).toEqual([
      'Exit survey notice 2025-05-20 2025-06-03 Sent 2025-05-23',
      'Onboarding check-in day-7 2025-03-10 2025-03-24 Sent –',
    ]);
    expect(textOf(root.querySelector('.note.privacy'))).toBe('Whether someone answered is never shown for a person, only as group counts.');
    expect(textOf(root)).not.toMatch(/opened|answered:|\bYes\b/i);
  });

  it('says the same in Estonian', async () => {
    const { harness, root } = await open();
    TestBed.inject(LanguageService).use('et');
    await settle(harness.fixture);
    expect(textOf(root.querySelector('.note.privacy'))).toBe('Kas keegi vastas, ei näidata kunagi inimese kohta, ainult rühmade kaupa.');
    expect(textOf(root.querySelector('table.invitations tbody tr'))).toBe('Lahkumisküsitlus notice 2025-05-20 2025-06-03 Saadetud 2025-05-23');
  });

  it("shows the API's message for an unknown employee", async () => {
    const harness = await RouterTestingHarness.create('/lifecycle/employees/nobody');
    http.expectOne('/api/lifecycle/employees/nobody').flush({ statusCode: 404, message: 'Employee nobody does not exist.' }, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('.error-text'))).toBe('Employee nobody does not exist.');
  });
});

describe('phaseSegments', () => {
  it('sizes closed phases by their days and open ends as slivers, up to today', () => {
    const segments = phaseSegments(employeeFixture().timeline, '2025-07-10');
    // pre-start: open sliver; onboarding 80 days, separation 42 days, departed 10 days so far.
    expect(segments.map((s) => Math.round(s.width * 10) / 10)).toEqual([8, 55.8, 29.3, 7]);
  });
});
