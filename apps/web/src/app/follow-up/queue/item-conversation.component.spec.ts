import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { StaffConversationView } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../../core/testing/transloco-testing';
import { TranslocoService } from '@jsverse/transloco';
import { HR, MARI } from '../follow-up-fixtures';
import { ItemConversationComponent } from './item-conversation.component';

const THREAD: StaffConversationView = {
  available: true,
  canReply: true,
  messages: [
    { fromStaff: true, body: 'Thank you. <b>Which</b> shifts?', writtenOn: '2026-06-16', author: MARI, writtenAt: '2026-06-16T09:30:00.000Z' },
    { fromStaff: false, body: 'The weekend ones.', writtenOn: '2026-06-17', author: null, writtenAt: null },
  ],
};

describe('ItemConversationComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting('en')], providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function mount(view: StaffConversationView | null = THREAD, canAct = true): Promise<{ fixture: ComponentFixture<ItemConversationComponent>; root: HTMLElement }> {
    const fixture = TestBed.createComponent(ItemConversationComponent);
    fixture.componentRef.setInput('itemKey', 'k-1');
    fixture.componentRef.setInput('canAct', canAct);
    await settle(fixture);
    const req = http.expectOne('/api/follow-ups/k-1/conversation');
    expect(req.request.method).toBe('GET');
    if (view) req.flush(view);
    else req.flush({ statusCode: 403, message: 'This item is outside your part of the organisation.' }, { status: 403, statusText: 'Forbidden' });
    await settle(fixture);
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  async function write(fixture: ComponentFixture<ItemConversationComponent>, root: HTMLElement, text: string) {
    const box = root.querySelector('[data-testid="reply-input"]') as HTMLTextAreaElement;
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  const send = (root: HTMLElement) => root.querySelector('[data-testid="send-reply"]') as HTMLButtonElement;

  it('shows the thread as plain text: replies with who and when, the author with the day only', async () => {
    const { root } = await mount();
    const items = Array.from(root.querySelectorAll('[data-testid="conversation-thread"] li'));
    expect(textOf(items[0])).toMatch(/^Mari Maasikas, 16 Jun 2026, \d\d:30 Thank you\. <b>Which<\/b> shifts\?$/);
    expect(items[0].querySelector('b')).toBeNull();
    expect(textOf(items[1])).toBe('The author, 2026-06-17 The weekend ones.');
    expect(textOf(root)).toContain('The author reads replies on their private page, without your name, and may answer anonymously.');
  });

  it('sends a reply, trimmed, and shows the thread the API returns', async () => {
    const { fixture, root } = await mount({ ...THREAD, messages: [] });
    expect(textOf(root.querySelector('[data-testid="conversation-thread"]'))).toBe('No messages yet.');
    expect(send(root).disabled).toBe(true);
    expect(root.querySelector('[data-testid="reply-input"]')?.getAttribute('maxlength')).toBe('2000');
    await write(fixture, root, '  Could you tell us more?  ');
    send(root).click();
    const req = http.expectOne('/api/follow-ups/k-1/conversation');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ body: 'Could you tell us more?' });
    req.flush({
      ...THREAD,
      messages: [{ fromStaff: true, body: 'Could you tell us more?', writtenOn: '2026-06-18', author: HR, writtenAt: '2026-06-18T08:00:00.000Z' }],
    });
    await settle(fixture);
    expect(textOf(root.querySelector('[data-testid="conversation-thread"]'))).toContain('Helle HR');
    expect((root.querySelector('[data-testid="reply-input"]') as HTMLTextAreaElement).value).toBe('');
  });

  it("shows the API's refusal of a reply and keeps the text", async () => {
    const { fixture, root } = await mount();
    await write(fixture, root, 'Hello');
    send(root).click();
    http.expectOne('/api/follow-ups/k-1/conversation').flush(
      { statusCode: 403, message: 'Leaders read the follow-up queue; HR and the unit\'s managers work on it.' }, { status: 403, statusText: 'Forbidden' },
    );
    await settle(fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe("Leaders read the follow-up queue; HR and the unit's managers work on it.");
    expect((root.querySelector('[data-testid="reply-input"]') as HTMLTextAreaElement).value).toBe('Hello');
  });

  it('has no reply box for a leader, even if the API would say otherwise', async () => {
    const { root } = await mount(THREAD, false);
    expect(root.querySelector('[data-testid="reply-input"]')).toBeNull();
    expect(textOf(root)).toContain("HR and the unit's managers reply; leaders read.");
  });

  it('has no reply box when the API says this user may not reply', async () => {
    const { root } = await mount({ ...THREAD, canReply: false }, true);
    expect(root.querySelector('[data-testid="reply-input"]')).toBeNull();
  });

  it('says when the comment has no private link', async () => {
    const { root } = await mount({ available: false, messages: [], canReply: false });
    expect(textOf(root.querySelector('[data-testid="conversation-unavailable"]'))).toBe(
      'The author of this comment has no private link, so a reply cannot reach them.',
    );
    expect(root.querySelector('[data-testid="reply-input"]')).toBeNull();
  });

  it("shows the API's message when the thread cannot be read", async () => {
    const { root } = await mount(null);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('This item is outside your part of the organisation.');
    expect(root.querySelector('[data-testid="conversation-thread"]')).toBeNull();
  });

  it('speaks Estonian', async () => {
    TestBed.inject(TranslocoService).setActiveLang('et');
    const { root } = await mount();
    expect(textOf(root.querySelector('h3'))).toBe('Vestlus kommentaari autoriga');
    expect(textOf(send(root))).toBe('Saada vastus');
  });
});
