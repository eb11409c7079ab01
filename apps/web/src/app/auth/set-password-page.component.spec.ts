import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ActivatedRoute, provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { settle, textOf, translocoTesting } from '../core/testing/transloco-testing';
import { SetPasswordPageComponent } from './set-password-page.component';

const TOKEN = 'a'.repeat(64);

describe('SetPasswordPageComponent', () => {
  let http: HttpTestingController;

  function setUp(fragment: string | null) {
    TestBed.configureTestingModule({
      imports: [translocoTesting('en')],
      providers: [
        provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), provideRouter([]),
        { provide: ActivatedRoute, useValue: { fragment: of(fragment) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }
  afterEach(() => http.verify());

  it('posts the token from the fragment in the body, then the new password, and says it is set', async () => {
    setUp(TOKEN);
    const fixture = TestBed.createComponent(SetPasswordPageComponent);
    await settle(fixture);
    const check = http.expectOne({ method: 'POST', url: '/api/auth/password/check' });
    expect(check.request.body).toEqual({ token: TOKEN });
    check.flush({ purpose: 'invite', email: 'kristi@acme.test', expiresAt: '2026-06-04T08:00:00Z' });
    await settle(fixture);
    const root = fixture.nativeElement as HTMLElement;
    expect(textOf(root.querySelector('h1'))).toBe('Set your password');
    const inputs = root.querySelectorAll<HTMLInputElement>('input[type="password"]');
    for (const input of Array.from(inputs)) {
      input.value = 'a long enough password';
      input.dispatchEvent(new Event('input'));
    }
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    const set = http.expectOne({ method: 'POST', url: '/api/auth/password' });
    expect(set.request.body).toEqual({ token: TOKEN, password: 'a long enough password' });
    set.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(textOf(root.querySelector('h1'))).toBe('Your password is set');
  });

  it('says a used link was used, in the reader language, from the problem code', async () => {
    setUp(TOKEN);
    const fixture = TestBed.createComponent(SetPasswordPageComponent);
    await settle(fixture);
    http.expectOne('/api/auth/password/check').flush({ statusCode: 410, problem: 'used', message: 'used' }, { status: 410, statusText: 'Gone' });
    await settle(fixture);
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]'))).toMatch(/^This link has been used already/);
  });

  it('without a token asks to open the link from the email, and calls nothing', async () => {
    setUp(null);
    const fixture = TestBed.createComponent(SetPasswordPageComponent);
    await settle(fixture);
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]'))).toMatch(/opens from the link in your email/);
  });
});
