import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { SubmitAnswerRequest, SurveyView } from '@ex-pulse/contracts';
import { CONVERSATION_SECRET } from '@ex-pulse/domain';
import { settle, textOf } from '../core/testing/transloco-testing';
import { SUBMIT_RETRY_DELAY_MS } from './survey-api.service';
import { SurveyPageComponent } from './survey-page.component';

const VIEW_EN: SurveyView = {
  language: 'en',
  organisationName: 'Acme',
  programmeName: 'Quarterly pulse',
  enpsQuestion: 'How likely are you to recommend Acme as a place to work?',
  expiresOn: '2026-12-06',
  extraQuestion: {
    kind: 'scale', key: 'recognition', text: 'I get recognition when I do good work.',
    lowLabel: 'Strongly disagree', highLabel: 'Strongly agree',
  },
  askComment: true,
};

const VIEW_ET: SurveyView = {
  ...VIEW_EN,
  language: 'et',
  programmeName: 'Kvartaliküsitlus',
  enpsQuestion: 'Kui tõenäoliselt soovitaksid Acme kui töökohta oma sõbrale või tuttavale?',
  extraQuestion: {
    kind: 'scale', key: 'recognition', text: 'Hea töö eest saan ma tunnustust.', lowLabel: 'Ei nõustu üldse', highLabel: 'Nõustun täielikult',
  },
};

const VIEW_EXIT: SurveyView = {
  ...VIEW_EN,
  programmeName: 'Exit survey',
  extraQuestion: {
    kind: 'choice', key: 'leaving_reason', text: 'What is the main reason you are leaving?',
    options: [
      { key: 'pay_benefits', label: 'Pay and benefits' }, { key: 'career_growth', label: 'Career and growth opportunities' },
      { key: 'manager', label: 'My manager' }, { key: 'workload_wellbeing', label: 'Workload and wellbeing' },
      { key: 'culture_team', label: 'Culture and team' }, { key: 'role_content', label: 'The work itself' },
      { key: 'relocation_personal', label: 'Relocation or personal reasons' }, { key: 'other', label: 'Something else' },
    ],
  },
};

const VIEW_PROVIDERS: SurveyView = {
  ...VIEW_EN,
  programmeName: 'Internal service pulse',
  enpsQuestion: '',
  extraQuestion: null,
  providerQuestions: [
    { providerId: 'p-it', providerName: 'IT Services', text: 'How satisfied are you with the service from IT Services?', lowLabel: 'Very dissatisfied', highLabel: 'Very satisfied' },
    { providerId: 'p-hr', providerName: 'HR', text: 'How satisfied are you with the service from HR?', lowLabel: 'Very dissatisfied', highLabel: 'Very satisfied' },
  ],
};

describe('SurveyPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 's', component: SurveyPageComponent }], [{ provide: SUBMIT_RETRY_DELAY_MS, useValue: 0 }]);
  });

  afterEach(() => http.verify());

  async function open(url: string, view: SurveyView = VIEW_EN) {
    const harness = await RouterTestingHarness.create(url);
    http.expectOne('/api/survey/view').flush(view);
    await settle(harness.fixture);
    return harness;
  }

  function el(harness: RouterTestingHarness): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  async function answer(harness: RouterTestingHarness, score: number, comment = ''): Promise<void> {
    const root = el(harness);
    (root.querySelectorAll('exp-score-picker [role="radio"]')[score] as HTMLButtonElement).click();
    if (comment) {
      const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
      textarea.value = comment;
      textarea.dispatchEvent(new Event('input'));
    }
    await settle(harness.fixture);
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
  }

  it('reads the token from the URL fragment and sends it only in the POST body', async () => {
    const harness = await RouterTestingHarness.create('/s#tok_AbC-123');
    const req = http.expectOne('/api/survey/view');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ token: 'tok_AbC-123' });
    expect(req.request.urlWithParams).toBe('/api/survey/view');
    req.flush(VIEW_EN);
    await settle(harness.fixture);

    const root = el(harness);
    expect(textOf(root.querySelector('h1'))).toBe('How likely are you to recommend Acme as a place to work?');
    expect(root.querySelectorAll('exp-score-picker [role="radiogroup"] [role="radio"]')).toHaveLength(11);
    expect(textOf(root)).toContain('Not at all likely');
    expect(textOf(root)).toContain('Extremely likely');
    expect(textOf(root)).toContain(
      'Your answer is anonymous: it is stored without your name, and results are shown only for groups of at least 5 people.',
    );
  });

  it('posts the score and comment with the token and shows the thank-you', async () => {
    const harness = await open('/s#tok1');
    await answer(harness, 9, '  Great team  ');

    const req = http.expectOne('/api/survey/answer');
    const body = req.request.body as SubmitAnswerRequest;
    expect(body).toEqual({
      token: 'tok1', score: 9, comment: 'Great team', submissionId: expect.any(String), conversationSecret: expect.stringMatching(CONVERSATION_SECRET),
    });
    expect(body.submissionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    req.flush({ status: 'recorded', language: 'en' }, { status: 201, statusText: 'Created' });
    await settle(harness.fixture);

    const root = el(harness);
    expect(textOf(root.querySelector('h1'))).toBe('Thank you!');
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toContain('Your answer has been recorded.');
    expect(root.querySelector('form')).toBeNull();
  });

  describe('"you said, we did"', () => {
    const ACTIONS: SurveyView['teamActions'] = [
      { title: 'Rota published two weeks ahead', status: 'done' },
      { title: 'Weekly one-to-ones', status: 'in_progress' },
    ];
    const block = (harness: RouterTestingHarness) => el(harness).querySelector('[data-testid="team-actions"]');

    it("shows the unit's actions at the end of the pulse, and again on the thank-you page", async () => {
      const harness = await open('/s#tok1', { ...VIEW_EN, teamActions: ACTIONS });
      expect(textOf(block(harness))).toBe(
        'Since the last pulse, your team… What your unit is doing with what you and your colleagues said. ' +
          'Done Rota published two weeks ahead Under way Weekly one-to-ones',
      );
      expect(el(harness).querySelector('form [data-testid="team-actions"]')).not.toBeNull();

      await answer(harness, 8);
      http.expectOne('/api/survey/answer').flush({ status: 'recorded', language: 'en' }, { status: 201, statusText: 'Created' });
      await settle(harness.fixture);
      expect(textOf(el(harness).querySelector('h1'))).toBe('Thank you!');
      expect(textOf(block(harness))).toBe(
        'You said, we did Your answer counts towards what your unit works on next. This is what it is doing now. ' +
          'Done Rota published two weeks ahead Under way Weekly one-to-ones',
      );
    });

    it("says it in the employee's language; the titles stay the plan owner's words", async () => {
      const harness = await open('/s#tok1', { ...VIEW_ET, teamActions: [{ title: 'Graafik kaks nädalat ette', status: 'planned' }] });
      expect(textOf(block(harness))).toBe(
        'Pärast eelmist küsitlust on teie meeskond… Mida teie üksus teie ja teie kolleegide öeldu põhjal teeb. Plaanis Graafik kaks nädalat ette',
      );
    });

    it('shows nothing when the unit has no actions to show', async () => {
      const harness = await open('/s#tok1');
      expect(block(harness)).toBeNull();
      await answer(harness, 8);
      http.expectOne('/api/survey/answer').flush({ status: 'recorded', language: 'en' }, { status: 201, statusText: 'Created' });
      await settle(harness.fixture);
      expect(block(harness)).toBeNull();
    });
  });

  it('does not send without a score, and says why', async () => {
    const harness = await open('/s#tok1');
    (el(harness).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);

    http.expectNone('/api/survey/answer');
    expect(textOf(el(harness).querySelector('#score-error'))).toBe('Please choose a score from 0 to 10.');
  });

  it('retries a failed submission once with the same submissionId', async () => {
    const harness = await open('/s#tok1');
    await answer(harness, 3);

    const first = http.expectOne('/api/survey/answer');
    first.flush({ statusCode: 503, message: 'Unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await settle(harness.fixture);
    const second = http.expectOne('/api/survey/answer');
    expect(second.request.body.submissionId).toBe(first.request.body.submissionId);
    expect(second.request.body).toEqual(first.request.body);
    second.flush({ status: 'recorded', language: 'en' }, { status: 201, statusText: 'Created' });
    await settle(harness.fixture);

    expect(textOf(el(harness).querySelector('h1'))).toBe('Thank you!');
  });

  it('makes a new submissionId for a new click after the retry also failed', async () => {
    const harness = await open('/s#tok1');
    await answer(harness, 5);
    const first = http.expectOne('/api/survey/answer');
    first.error(new ProgressEvent('error'));
    await settle(harness.fixture);
    http.expectOne('/api/survey/answer').error(new ProgressEvent('error'));
    await settle(harness.fixture);
    expect(textOf(el(harness).querySelector('.survey__error[role="alert"]'))).toContain('could not be sent');

    (el(harness).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    const again = http.expectOne('/api/survey/answer');
    expect(again.request.body.submissionId).not.toBe(first.request.body.submissionId);
    again.flush({ status: 'recorded', language: 'en' });
  });

  it.each([
    [404, 'unknown', 'We could not find this survey'],
    [410, 'expired', 'This survey has closed'],
    [409, 'answered', 'This survey has already been answered'],
  ])('shows the message for a %s (%s) token when loading', async (status, problem, title) => {
    const harness = await RouterTestingHarness.create('/s#tok1');
    http.expectOne('/api/survey/view').flush({ statusCode: status, message: 'x', problem }, { status, statusText: 'Error' });
    await settle(harness.fixture);

    expect(textOf(el(harness).querySelector('h1'))).toBe(title);
    expect(el(harness).querySelector('form')).toBeNull();
  });

  it('shows "already answered" when the answer is refused with 409', async () => {
    const harness = await open('/s#tok1');
    await answer(harness, 10);
    http.expectOne('/api/survey/answer').flush({ statusCode: 409, message: 'Already answered', problem: 'answered' }, { status: 409, statusText: 'Conflict' });
    await settle(harness.fixture);

    expect(textOf(el(harness).querySelector('h1'))).toBe('This survey has already been answered');
  });

  it('says the link is incomplete when there is no token, without calling the API', async () => {
    const harness = await RouterTestingHarness.create('/s');
    await settle(harness.fixture);

    http.expectNone('/api/survey/view');
    expect(textOf(el(harness).querySelector('h1'))).toBe('The survey link is incomplete');
  });

  it('speaks Estonian when the survey language is et', async () => {
    const harness = await open('/s#tok1', VIEW_ET);
    const root = el(harness);

    expect(document.documentElement.lang).toBe('et');
    expect(textOf(root.querySelector('h1'))).toBe('Kui tõenäoliselt soovitaksid Acme kui töökohta oma sõbrale või tuttavale?');
    expect(textOf(root)).toContain('Üldse mitte tõenäoliselt');
    expect(textOf(root)).toContain('Vastus on anonüümne');
    expect(textOf(root.querySelector('button[type="submit"]'))).toBe('Saada vastus');
    expect(textOf(root.querySelector('#extra-question'))).toBe('Hea töö eest saan ma tunnustust.');
    expect(textOf(root.querySelector('exp-option-group'))).toContain('Nõustun täielikult');

    await answer(harness, 8);
    http.expectOne('/api/survey/answer').flush({ status: 'recorded', language: 'et' });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('h1'))).toBe('Aitäh!');
  });

  it('switches language with the EN/ET toggle, using our own wording of the question', async () => {
    const harness = await open('/s#tok1', VIEW_ET);
    const en = el(harness).querySelector('button[lang="en"]') as HTMLButtonElement;
    en.click();
    await settle(harness.fixture);

    expect(en.getAttribute('aria-pressed')).toBe('true');
    expect(textOf(el(harness).querySelector('h1'))).toBe('How likely are you to recommend Acme as a place to work?');
    expect(textOf(el(harness).querySelector('button[type="submit"]'))).toBe('Send answer');
    // The driver statement and the scale follow the page language too.
    expect(textOf(el(harness).querySelector('#extra-question'))).toBe('I get recognition when I do good work.');
    expect(textOf(el(harness).querySelector('exp-option-group'))).toContain('Strongly agree');
  });

  describe('the question besides eNPS', () => {
    const extraRadios = (harness: RouterTestingHarness) =>
      Array.from(el(harness).querySelectorAll<HTMLButtonElement>('exp-option-group [role="radio"]'));

    it('shows the 1–5 statement after the score, as a labelled radiogroup of five chips from "Strongly disagree" to "Strongly agree"', async () => {
      const harness = await open('/s#tok1');
      const root = el(harness);
      const group = root.querySelector('exp-option-group [role="radiogroup"]');
      expect(group?.getAttribute('aria-labelledby')).toBe('extra-question');
      expect(textOf(root.querySelector('#extra-question'))).toBe('I get recognition when I do good work.');
      expect(extraRadios(harness).map((r) => textOf(r))).toEqual([
        '1 Strongly disagree', '2 Disagree', '3 Neither agree nor disagree', '4 Agree', '5 Strongly agree',
      ]);
      expect(textOf(root.querySelector('#extra-optional'))).toContain('Optional');
      // In page order: score picker, then the statement, then the comment.
      const picker = root.querySelector('exp-score-picker')!;
      const textarea = root.querySelector('textarea')!;
      expect(picker.compareDocumentPosition(group!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(group!.compareDocumentPosition(textarea) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

    it('sends the 1–5 answer when one is chosen', async () => {
      const harness = await open('/s#tok1');
      extraRadios(harness)[3].click();
      await settle(harness.fixture);
      expect(extraRadios(harness)[3].getAttribute('aria-checked')).toBe('true');
      await answer(harness, 7, 'Fine');

      const req = http.expectOne('/api/survey/answer');
      expect(req.request.body).toEqual({
        token: 'tok1', score: 7, itemScore: 4, comment: 'Fine', submissionId: expect.any(String), conversationSecret: expect.any(String),
      });
      req.flush({ status: 'recorded', language: 'en' });
    });

    it('shows the reasons for leaving as a list and sends the chosen one', async () => {
      const harness = await open('/s#tok1', VIEW_EXIT);
      expect(textOf(el(harness).querySelector('#extra-question'))).toBe('What is the main reason you are leaving?');
      expect(extraRadios(harness)).toHaveLength(8);
      expect(textOf(extraRadios(harness)[2])).toBe('My manager');
      extraRadios(harness)[2].click();
      await settle(harness.fixture);
      await answer(harness, 4);

      const req = http.expectOne('/api/survey/answer');
      expect(req.request.body).toEqual({ token: 'tok1', score: 4, leavingReason: 'manager', submissionId: expect.any(String) });
      req.flush({ status: 'recorded', language: 'en' });
    });

    it('translates the reasons for leaving when the person switches language', async () => {
      const harness = await open('/s#tok1', VIEW_EXIT);
      (el(harness).querySelector('button[lang="et"]') as HTMLButtonElement).click();
      await settle(harness.fixture);
      expect(textOf(el(harness).querySelector('#extra-question'))).toBe('Mis on sinu lahkumise peamine põhjus?');
      expect(textOf(extraRadios(harness)[2])).toBe('Minu juht');
    });

    it('asks only eNPS when the survey has no extra question and no comment box', async () => {
      const harness = await open('/s#tok1', { ...VIEW_EN, extraQuestion: null, askComment: false });
      expect(el(harness).querySelector('exp-option-group')).toBeNull();
      expect(el(harness).querySelector('textarea')).toBeNull();
      await answer(harness, 10);
      const req = http.expectOne('/api/survey/answer');
      expect(req.request.body).toEqual({ token: 'tok1', score: 10, submissionId: expect.any(String) });
      req.flush({ status: 'recorded', language: 'en' });
    });
  });

  describe("the comment's private link", () => {
    const emailInput = (harness: RouterTestingHarness) => el(harness).querySelector<HTMLInputElement>('[data-testid="conversation-email"]');
    const recorded = (req: TestRequest) =>
      req.flush({ status: 'recorded', language: 'en' }, { status: 201, statusText: 'Created' });

    async function typeEmail(harness: RouterTestingHarness, address: string) {
      const input = emailInput(harness)!;
      input.value = address;
      input.dispatchEvent(new Event('input'));
      await settle(harness.fixture);
    }

    async function writeComment(harness: RouterTestingHarness, comment: string) {
      const textarea = el(harness).querySelector('textarea') as HTMLTextAreaElement;
      textarea.value = comment;
      textarea.dispatchEvent(new Event('input'));
      await settle(harness.fixture);
    }

    it('offers the email field only once a comment is written, explained in one line', async () => {
      const harness = await open('/s#tok1');
      expect(emailInput(harness)).toBeNull();
      await writeComment(harness, 'The rota changes daily');
      const input = emailInput(harness)!;
      expect(input.type).toBe('email');
      expect(textOf(input.closest('mat-form-field'))).toContain('Email me the private link (optional)');
      expect(textOf(input.closest('mat-form-field'))).toContain('Your address is used once, after today ends, to send the link, and is not kept.');
    });

    it('sends a secret made in the browser and the address, then shows the link /c#<secret> to keep', async () => {
      const harness = await open('/s#tok1');
      await writeComment(harness, 'The rota changes daily');
      await typeEmail(harness, ' me@example.com ');
      await answer(harness, 4);

      const req = http.expectOne('/api/survey/answer');
      const body = req.request.body as SubmitAnswerRequest;
      expect(body.conversationSecret).toMatch(CONVERSATION_SECRET);
      expect(body.conversationEmail).toBe('me@example.com');
      expect(req.request.urlWithParams).toBe('/api/survey/answer');
      recorded(req);
      await settle(harness.fixture);

      const link = el(harness).querySelector('[data-testid="private-link"]') as HTMLElement;
      expect((link.querySelector('input') as HTMLInputElement).value).toBe(`${location.origin}/c#${body.conversationSecret}`);
      expect(textOf(link)).toContain('Keep this link: it is the only way back to your conversation; nobody, not HR, can find it for you.');
      expect(textOf(link)).toContain('It will also be emailed once to the address you gave, after today ends.');
    });

    it('copies the link with the button', async () => {
      const writeText = jest.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const harness = await open('/s#tok1');
      await answer(harness, 4, 'Fine');
      const req = http.expectOne('/api/survey/answer');
      recorded(req);
      await settle(harness.fixture);

      (el(harness).querySelector('[data-testid="private-link"] button') as HTMLButtonElement).click();
      await settle(harness.fixture);
      expect(writeText).toHaveBeenCalledWith(`${location.origin}/c#${req.request.body.conversationSecret}`);
      expect(textOf(el(harness).querySelector('[data-testid="private-link"] [role="status"]'))).toBe('Copied.');
      delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('keeps the same secret for the automatic retry and for a new click after a failure', async () => {
      const harness = await open('/s#tok1');
      await answer(harness, 6, 'Too many meetings');
      const first = http.expectOne('/api/survey/answer');
      first.flush({ statusCode: 503, message: 'Unavailable' }, { status: 503, statusText: 'Service Unavailable' });
      await settle(harness.fixture);
      const retry = http.expectOne('/api/survey/answer');
      expect(retry.request.body.conversationSecret).toBe(first.request.body.conversationSecret);
      retry.error(new ProgressEvent('error'));
      await settle(harness.fixture);

      (el(harness).querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settle(harness.fixture);
      const again = http.expectOne('/api/survey/answer');
      expect(again.request.body.submissionId).not.toBe(first.request.body.submissionId);
      expect(again.request.body.conversationSecret).toBe(first.request.body.conversationSecret);
      recorded(again);
      await settle(harness.fixture);
      expect((el(harness).querySelector('[data-testid="private-link"] input') as HTMLInputElement).value)
        .toBe(`${location.origin}/c#${first.request.body.conversationSecret}`);
    });

    it('makes a new secret for each page load', async () => {
      const harness = await open('/s#tok1');
      await answer(harness, 6, 'One');
      const one = http.expectOne('/api/survey/answer');
      one.flush({ statusCode: 400, message: 'x' }, { status: 400, statusText: 'Bad Request' });
      await settle(harness.fixture);
      await harness.navigateByUrl('/s#tok2');
      http.expectOne('/api/survey/view').flush(VIEW_EN);
      await settle(harness.fixture);
      await answer(harness, 6, 'Two');
      const two = http.expectOne('/api/survey/answer');
      expect(two.request.body.conversationSecret).toMatch(CONVERSATION_SECRET);
      expect(two.request.body.conversationSecret).not.toBe(one.request.body.conversationSecret);
      recorded(two);
    });

    it('does not send an address that is not one, and says why', async () => {
      const harness = await open('/s#tok1');
      await writeComment(harness, 'Fine');
      await typeEmail(harness, 'not-an-address');
      await answer(harness, 8);
      http.expectNone('/api/survey/answer');
      expect(textOf(el(harness).querySelector('#conversation-email-error'))).toBe('Please enter a whole email address, or leave this field empty.');

      await typeEmail(harness, '');
      (el(harness).querySelector('button[type="submit"]') as HTMLButtonElement).click();
      const req = http.expectOne('/api/survey/answer');
      expect(req.request.body.conversationEmail).toBeUndefined();
      expect(req.request.body.conversationSecret).toMatch(CONVERSATION_SECRET);
      recorded(req);
      await settle(harness.fixture);
      expect(textOf(el(harness).querySelector('[data-testid="private-link"]'))).not.toContain('emailed');
    });

    it('sends no secret and shows no link without a comment', async () => {
      const harness = await open('/s#tok1');
      await answer(harness, 9);
      const req = http.expectOne('/api/survey/answer');
      expect(req.request.body.conversationSecret).toBeUndefined();
      recorded(req);
      await settle(harness.fixture);
      expect(textOf(el(harness).querySelector('h1'))).toBe('Thank you!');
      expect(el(harness).querySelector('[data-testid="private-link"]')).toBeNull();
    });

    it("shows the link in the employee's language", async () => {
      const harness = await open('/s#tok1', VIEW_ET);
      await answer(harness, 5, 'Graafik muutub iga päev');
      http.expectOne('/api/survey/answer').flush({ status: 'recorded', language: 'et' });
      await settle(harness.fixture);
      const link = el(harness).querySelector('[data-testid="private-link"]');
      expect(textOf(link)).toContain('Sinu privaatne link');
      expect(textOf(link)).toContain('Hoia see link alles: see on ainus tee tagasi sinu vestlusesse; keegi, ka personaliosakond, ei saa seda sinu eest leida.');
      expect(textOf(link?.querySelector('button'))).toBe('Kopeeri link');
    });
  });

  it('asks the internal service pulse about providers instead of eNPS, and sends the ratings given', async () => {
    const harness = await open('/s#token-providers', VIEW_PROVIDERS);
    const root = el(harness);
    expect(root.querySelector('exp-score-picker')).toBeNull();
    const questions = [...root.querySelectorAll('h2')].map((h) => textOf(h).trim());
    expect(questions).toEqual(['How satisfied are you with the service from IT Services?', 'How satisfied are you with the service from HR?']);
    const groups = root.querySelectorAll('exp-option-group');
    expect(groups).toHaveLength(2);
    expect(textOf(groups[0])).toContain('Very satisfied');

    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(textOf(root)).toContain('Please rate at least one of the services.');
    http.expectNone('/api/survey/answer');

    (groups[1].querySelectorAll('[role="radio"]')[3] as HTMLButtonElement).click();
    await settle(harness.fixture);
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne('/api/survey/answer');
    const body = req.request.body as SubmitAnswerRequest;
    expect(body.score).toBeUndefined();
    expect(body.providerScores).toEqual([{ providerId: 'p-hr', score: 4 }]);
    req.flush({ status: 'recorded', language: 'en' });
    await settle(harness.fixture);
    expect(textOf(root)).toContain('Thank you!');
  });
});
