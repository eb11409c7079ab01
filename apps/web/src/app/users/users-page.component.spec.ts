import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { UserAccount } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { UsersPageComponent } from './users-page.component';

const account = (n: number, overrides: Partial<UserAccount> = {}): UserAccount => ({
  id: `u${n}`, email: `person${n}@acme.test`, name: `Person ${n}`, role: 'leader', scopeDepartmentId: null, scopeDepartmentName: null,
  language: 'en', status: 'active', createdAt: '2026-06-01T08:00:00Z', deactivatedAt: null, invitationExpiresAt: null, ...overrides,
});

describe('UsersPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function open(accounts: UserAccount[]) {
    const fixture = TestBed.createComponent(UsersPageComponent);
    await settle(fixture);
    http.expectOne('/api/departments').flush([{ id: 'd1', name: 'Sales', parentId: null, customerFacing: true, internalProvider: false }]);
    http.expectOne('/api/users').flush(accounts);
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    const rows = () => Array.from(root.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 4).map((td) => textOf(td)));
    const button = (row: number, label: string) =>
      Array.from(root.querySelectorAll(`tbody tr:nth-child(${row}) button`)).find((b) => textOf(b) === label) as HTMLButtonElement | undefined;
    return { fixture, root, rows, button };
  }

  it('lists accounts with role, scope and status, and an invited one with its link expiry and a resend button', async () => {
    const { rows, button } = await open([
      account(1, { role: 'manager', scopeDepartmentId: 'd1', scopeDepartmentName: 'Sales', status: 'invited', invitationExpiresAt: '2026-06-04T08:00:00Z' }),
      account(2),
    ]);
    expect(rows()[0].slice(0, 3)).toEqual(['Person 1 person1@acme.test', 'Manager', 'Sales']);
    expect(rows()[0][3]).toMatch(/^Invited Link works until 4 Jun 2026/);
    expect(rows()[1]).toEqual(['Person 2 person2@acme.test', 'Leader', 'Whole organisation', 'Active']);
    expect(button(1, 'Send invitation again')).toBeDefined();
    expect(button(2, 'Send invitation again')).toBeUndefined();
  });

  it('deactivates only after a second click, and says the API refusal where it was asked', async () => {
    const { fixture, root, button } = await open([account(1, { role: 'admin' })]);
    button(1, 'Deactivate')!.click();
    await settle(fixture);
    http.expectNone('/api/users/u1/deactivate');
    expect(textOf(root.querySelector('.confirm'))).toBe('Deactivate Person 1? They are signed out at once.');
    button(1, 'Deactivate')!.click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: '/api/users/u1/deactivate' }).flush(
      { statusCode: 409, message: 'You are the last active admin, so EX Pulse cannot deactivate the account.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('You are the last active admin, so EX Pulse cannot deactivate the account.');
  });

  it('invites a manager only with a department, and sends the scope', async () => {
    const { fixture, root } = await open([]);
    (root.querySelector('[data-testid="invite-user"]') as HTMLButtonElement).click();
    await settle(fixture);
    const input = (name: string) => root.querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
    input('email').value = 'new@acme.test';
    input('email').dispatchEvent(new Event('input'));
    input('name').value = 'New Manager';
    input('name').dispatchEvent(new Event('input'));
    (root.querySelector('exp-user-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    http.expectNone('/api/users');
    expect(textOf(root.querySelector('exp-user-form mat-error'))).toBe('Choose the department this manager sees.');
  });
});
