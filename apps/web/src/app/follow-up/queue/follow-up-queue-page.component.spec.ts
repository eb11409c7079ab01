import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { configurePageTest } from '../../core/testing/page-testing';
import { settle, textOf } from '../../core/testing/transloco-testing';
import { StaffConversationView } from '@ex-pulse/contracts';
import { detailFixture, MARI, planFixture, queueFixture } from '../follow-up-fixtures';
import { FollowUpQueuePageComponent } from './follow-up-queue-page.component';

describe('FollowUpQueuePageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'follow-up', component: FollowUpQueuePageComponent }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/follow-up', queue = queueFixture()) {
    const harness = await RouterTestingHarness.create(url);
    const req = http.expectOne((r) => r.url === '/api/follow-ups');
    req.flush(queue);
    await settle(harness.fixture);
    return { harness, root: harness.routeNativeElement as HTMLElement, req };
  }

  /** Opens an item's detail and answers its requests (the detail, its conversation, its unit's owners and plans). */
  async function openItem(
    harness: RouterTestingHarness, root: HTMLElement, index = 0, detail = detailFixture(),
    conversation: StaffConversationView = { available: false, messages: [], canReply: false },
  ) {
    (root.querySelectorAll<HTMLButtonElement>('.item__open')[index]).click();
    await settle(harness.fixture);
    http.expectOne(`/api/follow-ups/${detail.key}`).flush(detail);
    await settle(harness.fixture);
    http.expectOne(`/api/follow-ups/${detail.key}/conversation`).flush(conversation);
    await settle(harness.fixture);
    if (detail.canAct) {
      http.expectOne((r) => r.url === '/api/follow-ups/owners').flush({ owners: [MARI] });
      http.expectOne((r) => r.url === '/api/action-plans').flush({ unitId: detail.unitId, plans: [planFixture()] });
      await settle(harness.fixture);
    }
    return root.querySelector('[data-testid="item-detail"]') as HTMLElement;
  }

  it('lists the units with their open and overdue items, and the open items with their quarter only', async () => {
    const { root, req } = await open();
    expect(req.request.params.get('show')).toBe('open');
    expect(req.request.params.has('unit')).toBe(false);
    const units = Array.from(root.querySelectorAll('[data-testid="queue-unit"]')).map((row) => textOf(row));
    expect(units).toEqual(['North 2 1', 'South 1 0']);
    const items = Array.from(root.querySelectorAll('[data-testid="queue-item"]')).map((li) => textOf(li));
    expect(items).toEqual([
      '2026-Q2 Acknowledged Overdue North The rota changes every day Mari Maasikas · due 2026-06-24',
      '2026-Q2 New South Parking is terrible No owner',
    ]);
  });

  it('asks for a unit and a filter from the URL, and changes the filter there', async () => {
    const { harness, root, req } = await open('/follow-up?unit=d-north&show=overdue', queueFixture({ unitId: 'd-north', show: 'overdue' }));
    expect(req.request.params.get('unit')).toBe('d-north');
    expect(req.request.params.get('show')).toBe('overdue');
    expect(textOf(root.querySelector('#items-title'))).toBe('North');
    expect(root.querySelector('[data-testid="show-overdue"]')?.getAttribute('aria-pressed')).toBe('true');

    (root.querySelector('[data-testid="show-all"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/follow-up?unit=d-north&show=all');
    expect(http.expectOne((r) => r.url === '/api/follow-ups').request.params.get('show')).toBe('all');
  });

  it('opens an item: notes as plain text, the history, and only the moves the flow allows', async () => {
    const { harness, root } = await open();
    const detail = await openItem(harness, root);
    expect(TestBed.inject(Router).url).toBe('/follow-up?item=k-1');
    const moves = Array.from(detail.querySelectorAll('[data-testid^="move-"]')).map((b) => textOf(b));
    expect(moves).toEqual(['Acknowledge']);
    const note = detail.querySelector('.note__body') as HTMLElement;
    expect(note.textContent).toBe('<b>Raised</b> at the team meeting\nsecond line');
    expect(note.querySelector('b')).toBeNull();
    expect(textOf(detail.querySelector('[data-testid="item-history"]'))).toMatch(/Mari Maasikas · status : New → Acknowledged$/);
    expect(textOf(detail)).toContain('North · 2026-Q2 · in the queue since 2026-06-15 · a detractor\'s comment');
  });

  it('saves a move, an owner and due date, and a note, then reads the list again', async () => {
    const { harness, root } = await open();
    const detail = await openItem(harness, root);

    (detail.querySelector('[data-testid="move-acknowledged"]') as HTMLButtonElement).click();
    const move = http.expectOne('/api/follow-ups/k-1');
    expect(move.request.method).toBe('PATCH');
    expect(move.request.body).toEqual({ status: 'acknowledged' });
    move.flush(detailFixture({ status: 'acknowledged' }));
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/follow-ups').flush(queueFixture());
    await settle(harness.fixture);
    const after = root.querySelector('[data-testid="item-detail"]') as HTMLElement;
    expect(Array.from(after.querySelectorAll('[data-testid^="move-"]')).map((b) => textOf(b))).toEqual(['Start discussing', 'Resolve']);

    const owner = after.querySelector('[data-testid="item-owner"]') as HTMLSelectElement;
    owner.value = MARI.id;
    owner.dispatchEvent(new Event('change'));
    const due = after.querySelector('[data-testid="item-due"]') as HTMLInputElement;
    due.value = '2026-07-10';
    due.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    (after.querySelector('.detail__form button[type="submit"]') as HTMLButtonElement).click();
    const save = http.expectOne('/api/follow-ups/k-1');
    expect(save.request.body).toEqual({ ownerId: MARI.id, dueOn: '2026-07-10' });
    save.flush(detailFixture({ status: 'acknowledged', owner: MARI, dueOn: '2026-07-10' }));
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/follow-ups').flush(queueFixture());
    await settle(harness.fixture);

    const text = root.querySelector('[data-testid="note-input"]') as HTMLTextAreaElement;
    text.value = '  Called a meeting  ';
    text.dispatchEvent(new Event('input'));
    await settle(harness.fixture);
    (root.querySelector('.note-form button[type="submit"]') as HTMLButtonElement).click();
    const note = http.expectOne('/api/follow-ups/k-1/notes');
    expect(note.request.body).toEqual({ body: 'Called a meeting' });
    note.flush(detailFixture());
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/follow-ups').flush(queueFixture());
    await settle(harness.fixture);
    expect((root.querySelector('[data-testid="note-input"]') as HTMLTextAreaElement).value).toBe('');
  });

  it("adds the item to one of its unit's open plans", async () => {
    const { harness, root } = await open();
    const detail = await openItem(harness, root);
    (detail.querySelector('[data-testid="add-to-plan"]') as HTMLButtonElement).click();
    const add = http.expectOne('/api/action-plans/p-1/focus');
    expect(add.request.body).toEqual({ kind: 'item', itemKey: 'k-1' });
    add.flush(planFixture());
    await settle(harness.fixture);
    expect(textOf(detail)).toContain('Added to the plan.');
  });

  it("shows the API's refusal of a move", async () => {
    const { harness, root } = await open();
    const detail = await openItem(harness, root);
    (detail.querySelector('[data-testid="move-acknowledged"]') as HTMLButtonElement).click();
    http.expectOne('/api/follow-ups/k-1').flush(
      { statusCode: 409, message: 'An item that is resolved can move to in_discussion, not to acknowledged.' }, { status: 409, statusText: 'Conflict' },
    );
    await settle(harness.fixture);
    expect(textOf(detail.querySelector('[role="alert"]'))).toBe('An item that is resolved can move to in_discussion, not to acknowledged.');
  });

  it('leaves leaders reading', async () => {
    const { harness, root } = await open('/follow-up', queueFixture({ canAct: false }));
    const detail = await openItem(harness, root, 0, detailFixture({ canAct: false }), {
      available: true, canReply: false,
      messages: [{ fromStaff: true, body: 'Which shifts?', writtenOn: '2026-06-16', author: MARI, writtenAt: '2026-06-16T09:00:00.000Z' }],
    });
    expect(detail.querySelector('[data-testid^="move-"]')).toBeNull();
    expect(detail.querySelector('[data-testid="note-input"]')).toBeNull();
    expect(textOf(detail.querySelector('[data-testid="conversation-thread"]'))).toContain('Which shifts?');
    expect(detail.querySelector('[data-testid="reply-input"]')).toBeNull();
    expect(textOf(detail.querySelector('[data-testid="item-conversation"]'))).toContain("HR and the unit's managers reply; leaders read.");
    expect(textOf(detail)).toContain("Leaders see the queue; HR and the unit's managers work on it.");
  });
});
