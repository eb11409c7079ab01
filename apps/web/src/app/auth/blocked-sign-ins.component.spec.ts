import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BlockedSignIn } from '@ex-pulse/contracts';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { BlockedSignInsComponent } from './blocked-sign-ins.component';

const ROWS: BlockedSignIn[] = [
  {
    limit: 'account', account: { id: 'u1', email: 'helen@acme.test', name: 'Helen HR', role: 'admin' }, emailHint: 'h•••@acme.test',
    address: '198.51.100.11', attempts: 12, firstAt: '2026-06-15T09:00:00Z', lastAt: '2026-06-15T09:40:00Z',
  },
  {
    limit: 'address', account: null, emailHint: 'n•••@example.test',
    address: '2001:db8:1:2::/64', attempts: 3, firstAt: '2026-06-15T08:00:00Z', lastAt: '2026-06-15T08:05:00Z',
  },
];

describe('BlockedSignInsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(answer: (req: ReturnType<HttpTestingController['expectOne']>) => void) {
    const fixture = TestBed.createComponent(BlockedSignInsComponent);
    await settle(fixture);
    answer(http.expectOne('/api/auth/blocked-sign-ins'));
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  it('lists each refused group with its account, or the masked name when it is no account', async () => {
    const root = await render((req) => req.flush(ROWS));
    const rows = Array.from(root.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => textOf(td)));
    expect(rows.map((cells) => cells.slice(1))).toEqual([
      ['Helen HR helen@acme.test', '198.51.100.11', 'this account, new browsers', '12'],
      ['n•••@example.test no such account', '2001:db8:1:2::/64', 'this address, any account', '3'],
    ]);
    expect(rows[0][0]).toMatch(/15 Jun 2026/);
  });

  it('says when nothing was refused, and when the list could not be loaded', async () => {
    expect(textOf(await render((req) => req.flush([])))).toContain('No sign-in attempt was refused in the last 30 days.');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [translocoTesting('en')], providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const failed = await render((req) => req.flush({ statusCode: 500, message: 'x' }, { status: 500, statusText: 'Error' }));
    expect(textOf(failed.querySelector('[role="alert"]'))).toBe('The blocked sign-ins could not be loaded.');
  });
});
