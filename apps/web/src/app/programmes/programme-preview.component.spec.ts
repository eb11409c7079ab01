import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { newPreview, newProgramme } from './programme-fixtures';
import { ProgrammePreviewComponent } from './programme-preview.component';

describe('ProgrammePreviewComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(ProgrammePreviewComponent);
    fixture.componentRef.setInput('programmeId', 'p-onboarding');
    fixture.componentRef.setInput('questions', newProgramme().questions);
    await settle(fixture);
    const req = http.expectOne((r) => r.url === '/api/programmes/p-onboarding/preview');
    expect(req.request.params.get('language')).toBe('en');
    req.flush(newPreview('en'));
    await settle(fixture);
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('shows the email subject and its HTML in a sandbox that allows nothing, styles kept', async () => {
    const { root } = await open();
    expect(textOf(root.querySelector('.subject'))).toBe('Subject: Onboarding check-in – Acme');
    const frame = root.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('title')).toBe('The invitation email');
    // Shown as the employee sees it: not passed through Angular's sanitizer, but scripts cannot run in the sandbox.
    expect(frame.getAttribute('srcdoc')).toBe(newPreview('en').email.html);
  });

  it('draws the answer page question with the 0–10 scale, nothing to click', async () => {
    const { root } = await open();
    const answer = root.querySelector('exp-answer-preview') as HTMLElement;
    expect(textOf(answer.querySelector('.answer__question'))).toBe('How likely are you to recommend Acme as a place to work?');
    const options = Array.from(answer.querySelectorAll('.scale__option')).map((o) => textOf(o));
    expect(options).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(answer.querySelectorAll('button, input, textarea')).toHaveLength(0);
    expect(textOf(answer.querySelector('.answer__ends'))).toBe('0 – Not at all likely 10 – Extremely likely');
    expect(textOf(answer.querySelector('.answer__list'))).toBe('I have what I need to do my job well. (1–5)');
    expect(textOf(answer.querySelector('.answer__comment'))).toBe('Comment (optional)');
  });

  it('switches to Estonian: asks the API again and shows the page in Estonian', async () => {
    const { fixture, root } = await open();
    (root.querySelector('button[lang="et"]') as HTMLButtonElement).click();
    await settle(fixture);
    const req = http.expectOne((r) => r.url === '/api/programmes/p-onboarding/preview');
    expect(req.request.params.get('language')).toBe('et');
    req.flush(newPreview('et'));
    await settle(fixture);

    expect(root.querySelector('button[lang="et"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(textOf(root.querySelector('.subject'))).toBe('Subject: Sisseelamise küsitlus – Acme');
    expect(textOf(root.querySelector('.answer__question'))).toBe('Kui tõenäoliselt soovitaksid Acme töökohana?');
    expect(textOf(root.querySelector('.answer__ends'))).toBe('0 – Üldse mitte tõenäoliselt 10 – Äärmiselt tõenäoliselt');
    expect(textOf(root.querySelector('.answer__list'))).toBe('Mul on olemas kõik, mida vajan. (1–5)');
  });

  it('shows the API message when the preview cannot be made', async () => {
    const fixture = TestBed.createComponent(ProgrammePreviewComponent);
    fixture.componentRef.setInput('programmeId', 'p-x');
    fixture.componentRef.setInput('questions', []);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/programmes/p-x/preview').flush({ statusCode: 404, message: 'No such programme.' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]'))).toBe('No such programme.');
  });
});
