import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { ProgrammeDto } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { newProgramme } from './programme-fixtures';
import { ProgrammeListPageComponent } from './programme-list-page.component';

const PROGRAMMES: ProgrammeDto[] = [
  newProgramme(),
  newProgramme({
    id: 'p-quarterly', key: 'quarterly', nameEn: 'Quarterly pulse', nameEt: 'Kvartaliküsitlus', targetPhase: 'ongoing_development',
    triggerKind: 'every_n_days', triggerDays: [], intervalDays: 90, reminderAfterDays: null, invitations: 0,
    questions: [{ kind: 'enps' }, { kind: 'driver' }, { kind: 'comment' }],
  }),
  newProgramme({
    id: 'p-exit', key: 'exit', nameEn: 'Exit survey', nameEt: 'Lahkumisküsitlus', targetPhase: 'separation', triggerKind: 'on_notice',
    triggerDays: [], questions: [{ kind: 'enps' }, { kind: 'choice', key: 'leaving_reason' }], active: false,
  }),
  newProgramme({ id: 'p-manual', nameEn: 'Campaign', targetPhase: 'all', triggerKind: 'manual', triggerDays: [], questions: [{ kind: 'enps' }] }),
];

describe('ProgrammeListPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(ProgrammeListPageComponent);
    await settle(fixture);
    http.expectOne('/api/programmes').flush(PROGRAMMES);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const rows = () => Array.from(root.querySelectorAll('tr.mat-mdc-row')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => textOf(td)));
    return { fixture, root, rows };
  }

  it('describes each programme in words: who, when, what, expiry and reminder, invitations, status', async () => {
    const { rows, root } = await open();
    expect(rows()).toEqual([
      ['Onboarding check-in Edit Send now…', 'Onboarding', 'Days 7, 30, 60, 90 after start',
        'eNPS (0–10) Statement: “I have what I need to do my job well.” (1–5) Comment', 'Expires after 14 days reminder after 3 days', '128', 'Active Pause'],
      ['Quarterly pulse Edit Send now…', 'Ongoing development', 'Every 90 days in ongoing development',
        'eNPS (0–10) Rotating driver (1–5) Comment', 'Expires after 14 days no reminder', '0', 'Active Pause'],
      ['Exit survey Edit', 'Separation', 'On notice', 'eNPS (0–10) Single choice: leaving_reason', 'Expires after 14 days reminder after 3 days', '128', 'Paused Resume'],
      ['Campaign Edit Send now…', 'Everyone', 'Manual', 'eNPS (0–10)', 'Expires after 14 days reminder after 3 days', '128', 'Active Pause'],
    ]);
    expect(root.querySelector('.chip.phase--ongoing_development')).not.toBeNull();
    expect(root.querySelector('a[href="/programmes/p-exit"]')?.getAttribute('aria-label')).toBe('Edit Exit survey');
    expect(root.querySelector('a[href="/programmes/new"]')).not.toBeNull();
  });

  it('offers “Send now…” on active programmes only, opening the campaign page', async () => {
    const { root } = await open();
    const send = Array.from(root.querySelectorAll('a.send-now'));
    expect(send.map((a) => a.getAttribute('aria-label'))).toEqual(['Send Onboarding check-in now…', 'Send Quarterly pulse now…', 'Send Campaign now…']);
    expect(send[1].getAttribute('href')).toBe('/programmes/p-quarterly/campaign');
    expect(root.querySelector('a[href="/programmes/p-exit/campaign"]')).toBeNull();
  });

  it('pauses a programme through the API and shows the row as paused', async () => {
    const { fixture, root, rows } = await open();
    (root.querySelector('button[aria-label="Pause Quarterly pulse"]') as HTMLButtonElement).click();
    await settle(fixture);
    const req = http.expectOne('/api/programmes/p-quarterly/pause');
    expect(req.request.method).toBe('POST');
    expect(root.querySelectorAll('tr.mat-mdc-row button[disabled]')).toHaveLength(4); // one change at a time
    req.flush({ ...PROGRAMMES[1], active: false });
    await settle(fixture);

    expect(rows()[1][6]).toBe('Paused Resume');
    expect(root.querySelectorAll('tr.mat-mdc-row button[disabled]')).toHaveLength(0);
  });

  it('resumes a paused programme', async () => {
    const { fixture, root, rows } = await open();
    (root.querySelector('button[aria-label="Resume Exit survey"]') as HTMLButtonElement).click();
    http.expectOne('/api/programmes/p-exit/resume').flush({ ...PROGRAMMES[2], active: true });
    await settle(fixture);
    expect(rows()[2][6]).toBe('Active Pause');
  });

  it('shows the API message when pausing fails, leaving the row as it was', async () => {
    const { fixture, root, rows } = await open();
    (root.querySelector('button[aria-label="Pause Onboarding check-in"]') as HTMLButtonElement).click();
    http.expectOne('/api/programmes/p-onboarding/pause').flush({ statusCode: 404, message: 'No such programme.' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('No such programme.');
    expect(rows()[0][6]).toBe('Active Pause');
  });
});
