import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { EmployeeConversationView } from '@ex-pulse/contracts';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { TestBed } from '@angular/core/testing';
import { LanguageService } from '../core/i18n/language.service';
import { ConversationPageComponent } from './conversation-page.component';

const SECRET = 'nDTcLjucz0kQD5_5FqmQek_R5MU516yVls2nZpwL3Zk';

const REPLIED: EmployeeConversationView = {
  language: 'en',
  comment: 'The rota changes at the last minute.',
  messages: [
    { fromStaff: true, body: 'Thank you. <b>Could</b> you say which shifts?', writtenOn: '2026-06-16' },
    { fromStaff: false, body: 'The weekend ones.', writtenOn: '2026-06-17' },
  ],
  waiting: [{ body: 'And the night shifts', writtenOn: '2026-06-18' }],
  canAnswer: true,
};

describe('ConversationPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'c', component: ConversationPageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(view: EmployeeConversationView = REPLIED, url = `/c#${SECRET}`) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne('/api/conversation/view');
    req.flush(view);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  async function write(harness: RouterTestingHarness, root: HTMLElement, text: string) {
    const box = root.querySelector('[data-testid="answer-input"]') as HTMLTextAreaElement;
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
  }

  const sendButton = (root: HTMLElement) => root.querySelector('form button[type="submit"]') as HTMLButtonElement;

  it('reads the secret from the fragment and sends it only in the POST body', async () => {
    const { req } = await open();
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ secret: SECRET });
    expect(req.request.urlWithParams).toBe('/api/conversation/view');
  });

  it('shows the thread as plain text, the waiting messages marked, and the answer box with its limit', async () => {
    const { root } = await open();
    const items = Array.from(root.querySelectorAll('[data-testid="thread"] li')).map((li) => textOf(li));
    expect(items).toEqual([
      'HR or your manager · 16 June 2026 Thank you. <b>Could</b> you say which shifts?',
      'You · 17 June 2026 The weekend ones.',
      'You · 18 June 2026 · Waiting: added at the end of the day And the night shifts',
    ]);
    expect(root.querySelector('.msg__body b')).toBeNull();
    expect(textOf(root.querySelector('[data-testid="own-comment"]'))).toBe('Your comment The rota changes at the last minute.');
    expect(textOf(root)).toContain("Your messages wait until the end of the day, then they are added among the day's others, with the date only.");
    const box = root.querySelector('[data-testid="answer-input"]') as HTMLTextAreaElement;
    expect(box.getAttribute('maxlength')).toBe('2000');
    expect(textOf(root.querySelector('form'))).toContain('Plain text, up to 2000 characters.');
    expect(textOf(root.querySelector('form'))).toContain('0 / 2000');
  });

  it('sends an answer, trimmed, and shows the thread the API returns', async () => {
    const { harness, root } = await open();
    expect(sendButton(root).disabled).toBe(true);
    await write(harness, root, '   ');
    expect(sendButton(root).disabled).toBe(true);
    await write(harness, root, '  Also Sundays  ');
    expect(textOf(root.querySelector('form'))).toContain('16 / 2000');
    sendButton(root).click();
    await settle(harness.fixture);

    const req = http.expectOne('/api/conversation/messages');
    expect(req.request.body).toEqual({ secret: SECRET, body: 'Also Sundays' });
    req.flush({ ...REPLIED, waiting: [...REPLIED.waiting, { body: 'Also Sundays', writtenOn: '2026-06-18' }] }, { status: 201, statusText: 'Created' });
    await settle(harness.fixture);
    expect(root.querySelectorAll('[data-testid="waiting"]')).toHaveLength(2);
    expect((root.querySelector('[data-testid="answer-input"]') as HTMLTextAreaElement).value).toBe('');
    expect(textOf(root.querySelector('[role="status"]'))).toBe('Sent. Your message waits until the end of the day.');
  });

  it.each([
    [409, 'You have 5 messages waiting; they are sent at the end of the day.'],
    [400, 'A message holds 1 to 2000 characters of plain text.'],
  ])("shows the API's %s message", async (status, message) => {
    const { harness, root } = await open();
    await write(harness, root, 'One more');
    sendButton(root).click();
    http.expectOne('/api/conversation/messages').flush({ statusCode: status, message }, { status, statusText: 'Error' });
    await settle(harness.fixture);
    expect(textOf(root.querySelector('.conv__error[role="alert"]'))).toBe(message);
    expect((root.querySelector('[data-testid="answer-input"]') as HTMLTextAreaElement).value).toBe('One more');
  });

  it('says a network failure in our words', async () => {
    const { harness, root } = await open();
    await write(harness, root, 'One more');
    sendButton(root).click();
    http.expectOne('/api/conversation/messages').error(new ProgressEvent('error'));
    await settle(harness.fixture);
    expect(textOf(root.querySelector('.conv__error'))).toBe('Your message could not be sent. Please check your connection and try again.');
  });

  it('has no answer box before anyone has replied, and says why', async () => {
    const { root } = await open({ language: 'en', comment: null, messages: [], waiting: [], canAnswer: false });
    expect(root.querySelector('[data-testid="answer-input"]')).toBeNull();
    expect(textOf(root.querySelector('[data-testid="thread"]'))).toBe('No replies yet.');
    expect(textOf(root.querySelector('[data-testid="no-reply-yet"]'))).toBe(
      'You can write here once someone has replied to your comment. Keep your link and come back later.',
    );
  });

  it("speaks the conversation's language", async () => {
    const { root } = await open({ ...REPLIED, language: 'et' });
    expect(document.documentElement.lang).toBe('et');
    expect(textOf(root.querySelector('h1'))).toBe('Sinu vestlus');
    expect(textOf(root.querySelector('[data-testid="thread"] li'))).toContain('Personaliosakond või juht · 16. juuni 2026');
    expect(textOf(sendButton(root))).toBe('Saada');
  });

  it('says the link is incomplete without a secret, without calling the API', async () => {
    const harness = await RouterTestingHarness.create('/c');
    await settle(harness.fixture);
    http.expectNone('/api/conversation/view');
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('h1'))).toBe('The conversation link is incomplete');
  });

  const NOT_OPEN =
    "This conversation is not open yet If you answered today, your conversation opens tomorrow, once the day's answers have been written: " +
    'come back then with the same link. Otherwise this link is not valid: open the whole private link you kept. Nobody can look it up for you.';

  it('says of a cut-off secret what it says of an unknown one, without calling the API', async () => {
    const harness = await RouterTestingHarness.create(`/c#${SECRET.slice(0, 30)}`);
    await settle(harness.fixture);
    http.expectNone('/api/conversation/view');
    expect(textOf((harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]'))).toBe(NOT_OPEN);
  });

  it('says plainly that a link of today opens tomorrow, and that otherwise it is not valid, never "not found"', async () => {
    const harness = await RouterTestingHarness.create(`/c#${SECRET}`);
    http.expectOne('/api/conversation/view').flush(
      { statusCode: 404, error: 'Not Found', problem: 'not_open', message: 'If you answered today, this conversation opens tomorrow …' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    expect(textOf(root.querySelector('[role="alert"]'))).toBe(NOT_OPEN);
    expect(textOf(root)).not.toMatch(/not find|not found/i);
  });

  it('says the same in Estonian', async () => {
    const harness = await RouterTestingHarness.create(`/c#${SECRET}`);
    TestBed.inject(LanguageService).use('et');
    http.expectOne('/api/conversation/view').flush({ statusCode: 404, message: '…' }, { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    expect(textOf(root.querySelector('h1'))).toBe('See vestlus pole veel avatud');
    expect(textOf(root)).toContain('Kui vastasid täna, avaneb sinu vestlus homme');
  });

  it('offers to try again when loading failed', async () => {
    const harness = await RouterTestingHarness.create(`/c#${SECRET}`);
    http.expectOne('/api/conversation/view').error(new ProgressEvent('error'));
    await settle(harness.fixture);
    const root = harness.routeNativeElement as HTMLElement;
    expect(textOf(root.querySelector('h1'))).toBe('The conversation could not be loaded');
    (root.querySelector('button.mat-mdc-outlined-button, section button') as HTMLButtonElement).click();
    http.expectOne('/api/conversation/view').flush(REPLIED);
    await settle(harness.fixture);
    expect(textOf(root.querySelector('h1'))).toBe('Your conversation');
  });
});
