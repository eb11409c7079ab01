import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { DevMail, DevMailPage } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { MailboxPageComponent } from './mailbox-page.component';

const mail = (n: number, overrides: Partial<DevMail> = {}): DevMail => ({
  id: `m${n}`, to: `person${n}@acme.test`, subject: `Quarterly pulse – Acme (${n})`,
  text: `Acme would like to hear how work is going for you.\n\nAnswer here: http://localhost:3000/s#tok-${n}.\n\nThank you!`,
  html: `<p style="color:#1f2933">Answer <a href="http://localhost:3000/s#tok-${n}">here</a></p>`,
  deliveredAt: '2026-06-08T12:30:00Z',
  ...overrides,
});
const page = (items: DevMail[], extra: Partial<DevMailPage> = {}): DevMailPage => ({ enabled: true, page: 1, pageSize: 50, total: items.length, items, ...extra });

describe('MailboxPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(first: DevMailPage) {
    const fixture = TestBed.createComponent(MailboxPageComponent);
    await settle(fixture);
    const req = http.expectOne((r) => r.url === '/api/dev-mailbox');
    expect(req.request.params.get('page')).toBe('1');
    req.flush(first);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const rows = () => Array.from(root.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => textOf(td)));
    return { fixture, root, rows };
  }

  it('lists the messages as the API orders them (newest first): subject, recipient, delivery time', async () => {
    const { root, rows } = await open(page([mail(2), mail(1)]));
    expect(rows().map((r) => r.slice(0, 2))).toEqual([
      ['Quarterly pulse – Acme (2)', 'person2@acme.test'],
      ['Quarterly pulse – Acme (1)', 'person1@acme.test'],
    ]);
    expect(rows()[0][2]).toMatch(/^8 Jun 2026, \d\d:30$/);
    expect(textOf(root.querySelector('.intro'))).toContain('No SMTP server is configured');
    // Per person, the mailbox must not tell who answered: it keeps invitations, never reminders.
    expect(textOf(root.querySelector('.intro'))).toContain('Reminders are not kept here: who gets one would tell who had not answered yet.');
    expect(textOf(root.querySelector('.detail'))).toBe('Choose a message to read it.');
  });

  it('opens a message: the text with its links clickable, the HTML in a sandboxed frame', async () => {
    const { fixture, root } = await open(page([mail(2), mail(1)]));
    (root.querySelector('tbody tr:nth-child(2) button') as HTMLButtonElement).click();
    await settle(fixture);

    const detail = root.querySelector('exp-mail-message') as HTMLElement;
    expect(textOf(detail.querySelector('h2'))).toBe('Quarterly pulse – Acme (1)');
    const text = detail.querySelector('exp-linked-text p') as HTMLElement;
    expect(text.textContent).toBe(mail(1).text);
    const links = Array.from(text.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['http://localhost:3000/s#tok-1', 'http://localhost:3000/s#tok-1', '_blank', 'noopener noreferrer'],
    ]);
    const frame = detail.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(mail(1).html);
    expect(root.querySelector('tbody tr:nth-child(2) button')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(detail.querySelector('h2')); // focus follows, also below the list on phones
  });

  it('never turns the text into HTML: markup in a message stays text', async () => {
    const evil = mail(3, { text: '<img src=x onerror=alert(1)> javascript:alert(1) https://ok.test/a' });
    const { fixture, root } = await open(page([evil]));
    (root.querySelector('tbody button') as HTMLButtonElement).click();
    await settle(fixture);
    const text = root.querySelector('exp-linked-text p') as HTMLElement;
    expect(text.querySelector('img')).toBeNull();
    expect(Array.from(text.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://ok.test/a']);
  });

  it('pages through older messages', async () => {
    const { fixture, root, rows } = await open(page([mail(120)], { total: 120 }));
    (root.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    await settle(fixture);
    const req = http.expectOne((r) => r.url === '/api/dev-mailbox');
    expect(req.request.params.get('page')).toBe('2');
    req.flush(page([mail(70)], { page: 2, total: 120 }));
    await settle(fixture);
    expect(rows()[0][0]).toBe('Quarterly pulse – Acme (70)');
    expect(textOf(root.querySelector('.mat-mdc-paginator-range-label'))).toBe('51–100 of 120');
  });

  it('explains that email goes to real inboxes when an SMTP server is configured', async () => {
    const { root } = await open(page([], { enabled: false }));
    expect(textOf(root.querySelector('.intro'))).toBe('An SMTP server is configured: emails go to real inboxes and are not kept here.');
    expect(textOf(root.querySelector('tbody'))).toBe('No messages yet.');
  });
});
