import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ProgrammeInput } from '@ex-pulse/contracts';
import { settle, textOf } from '../core/testing/transloco-testing';
import { newPreview, newProgramme } from './programme-fixtures';
import { ProgrammeFormPageComponent } from './programme-form-page.component';

@Component({ template: 'programme list' })
class ListComponent {}

describe('ProgrammeFormPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
          { path: 'programmes', component: ListComponent },
          { path: 'programmes/new', component: ProgrammeFormPageComponent },
          { path: 'programmes/:id', component: ProgrammeFormPageComponent },
        ]);
  });

  afterEach(() => http.verify());

  async function open(url: string) {
    const harness = await RouterTestingHarness.create(url);
    const root = harness.routeNativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = root.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const button = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => textOf(b) === text) as HTMLButtonElement;
    const save = async () => {
      button('Save').click();
      await settle(harness.fixture);
    };
    return { harness, root, type, button, save };
  }

  async function openNewFilledIn() {
    const page = await open('/programmes/new');
    page.type('input[name="nameEn"]', ' Six-month check ');
    page.type('input[name="nameEt"]', 'Poolaasta küsitlus');
    page.type('input[name="triggerDays"]', '7, 30 ,60,90');
    return page;
  }

  it('creates a programme: days parsed, eNPS first, the added statement, the comment last', async () => {
    const { harness, root, type, button, save } = await openNewFilledIn();
    expect(textOf(root.querySelector('.item--fixed'))).toBe('eNPS (0–10) Always asked first');
    button('Add a question').click();
    await settle(harness.fixture);
    type('input[name="key"]', 'tools');
    type('input[name="textEn"]', 'I have what I need.');
    type('input[name="textEt"]', 'Mul on kõik olemas.');
    const snack = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    await save();

    const req = http.expectOne('/api/programmes');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      nameEn: 'Six-month check', nameEt: 'Poolaasta küsitlus', targetPhase: 'onboarding',
      triggerKind: 'days_after_start', triggerDays: [7, 30, 60, 90], intervalDays: null,
      questions: [
        { kind: 'enps' },
        { kind: 'statement', key: 'tools', textEn: 'I have what I need.', textEt: 'Mul on kõik olemas.' },
        { kind: 'comment' },
      ],
      expiryDays: 14, reminderAfterDays: 3, catchUpDays: 7,
    } satisfies ProgrammeInput);
    req.flush(newProgramme({ id: 'p-new', nameEn: 'Six-month check' }), { status: 201, statusText: 'Created' });
    await settle(harness.fixture);

    expect(snack).toHaveBeenCalledWith('Saved “Six-month check”.', undefined, { duration: 4000 });
    expect(TestBed.inject(Router).url).toBe('/programmes');
  });

  it('blocks days out of order before calling the API, with the rule in words', async () => {
    const { root, type, save } = await openNewFilledIn();
    type('input[name="triggerDays"]', '7, 60, 30');
    await save();

    http.expectNone('/api/programmes');
    expect(textOf(root.querySelector('mat-error'))).toBe('Days after the start date must be in increasing order: 30 comes after 60.');
    expect(document.activeElement).toBe(root.querySelector('input[name="triggerDays"]'));
    expect(textOf(root.querySelector('.problems'))).toBe('Please fix the marked fields.');
  });

  it('allows at most two questions besides eNPS, and eNPS cannot be removed', async () => {
    const { harness, root, button } = await openNewFilledIn();
    button('Add a question').click();
    button('Add a question').click();
    await settle(harness.fixture);
    expect(button('Add a question').disabled).toBe(true);
    expect(root.querySelectorAll('.item')).toHaveLength(3);
    expect(root.querySelector('.item--fixed button')).toBeNull();
  });

  it('shows the server’s 400 message and stays on the page', async () => {
    const { harness, root, save } = await openNewFilledIn();
    await save();
    const message = 'Keep it short: at most 3 questions besides the comment (this one has 4).';
    http.expectOne('/api/programmes').flush({ statusCode: 400, message: [message] }, { status: 400, statusText: 'Bad Request' });
    await settle(harness.fixture);

    expect(textOf(root.querySelector('.server-error'))).toBe(message);
    expect(TestBed.inject(Router).url).toBe('/programmes/new');
  });

  it('edits a saved programme: the form is filled in, and saving puts the changed definition', async () => {
    const { harness, root, type, save } = await open('/programmes/p-exit');
    const exit = newProgramme({
      id: 'p-exit', nameEn: 'Exit survey', targetPhase: 'separation', triggerKind: 'on_notice', triggerDays: [],
      questions: [{ kind: 'enps' }, { kind: 'choice', key: 'leaving_reason' }, { kind: 'comment' }],
    });
    http.expectOne('/api/programmes/p-exit').flush(exit);
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/programmes/p-exit/preview').flush(newPreview('en'));
    await settle(harness.fixture);

    expect(textOf(root.querySelector('h1'))).toBe('Exit survey');
    expect((root.querySelector('input[name="nameEt"]') as HTMLInputElement).value).toBe('Sisseelamise küsitlus');
    expect((root.querySelector('input[name="key"]') as HTMLInputElement).value).toBe('leaving_reason');
    expect(root.querySelector('input[name="triggerDays"]')).toBeNull();
    type('input[name="expiryDays"]', '10');
    (root.querySelector('.comment input[type="checkbox"]') as HTMLInputElement).click();
    await save();

    const req = http.expectOne('/api/programmes/p-exit');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toMatchObject({
      triggerKind: 'on_notice', triggerDays: [], intervalDays: null, expiryDays: 10,
      questions: [{ kind: 'enps' }, { kind: 'choice', key: 'leaving_reason' }],
    });
    req.flush(exit);
    await settle(harness.fixture);
  });

  it('refuses a reminder that would go out after the invitation expires', async () => {
    const { root, type, save } = await openNewFilledIn();
    type('input[name="expiryDays"]', '3');
    await save();
    http.expectNone('/api/programmes');
    expect(textOf(root.querySelector('.problems'))).toBe('Please fix the marked fields. The reminder must go out before the invitation expires.');
  });
});
