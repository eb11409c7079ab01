import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { configurePageTest } from '../testing/page-testing';
import { settle, textOf } from '../testing/transloco-testing';
import { DigestToggleComponent } from './digest-toggle.component';

describe('DigestToggleComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([]);
  });
  afterEach(() => http.verify());

  it('shows the weekly digest as on and turns it off', async () => {
    const fixture = TestBed.createComponent(DigestToggleComponent);
    await settle(fixture);
    http.expectOne('/api/digest/preferences').flush({ weeklyDigest: true, language: 'en', roleDefault: true });
    await settle(fixture);
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="digest-toggle"]')!;
    expect(textOf(button)).toBe('Weekly digest: on');
    expect(button.getAttribute('aria-checked')).toBe('true');
    button.click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/digest/preferences');
    expect(put.request.body).toEqual({ weeklyDigest: false });
    put.flush({ weeklyDigest: false, language: 'en', roleDefault: true });
    await settle(fixture);
    expect(textOf(button)).toBe('Weekly digest: off');
    expect(button.getAttribute('aria-checked')).toBe('false');
  });

  const languageSelect = (fixture: { nativeElement: HTMLElement }) =>
    fixture.nativeElement.querySelector<HTMLSelectElement>('[data-testid="digest-language"]')!;

  it("shows the digest's language beside the toggle and stores a new choice", async () => {
    const fixture = TestBed.createComponent(DigestToggleComponent);
    await settle(fixture);
    http.expectOne('/api/digest/preferences').flush({ weeklyDigest: true, language: 'en', roleDefault: true });
    await settle(fixture);
    const select = languageSelect(fixture);
    expect(select.getAttribute('aria-label')).toBe('Language of the weekly digest');
    expect(Array.from(select.options).map((o) => [o.value, textOf(o)])).toEqual([['en', 'English'], ['et', 'Eesti keel']]);
    expect(select.value).toBe('en');
    select.value = 'et';
    select.dispatchEvent(new Event('change'));
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/digest/preferences');
    expect(put.request.body).toEqual({ language: 'et' });
    put.flush({ weeklyDigest: true, language: 'et', roleDefault: true });
    await settle(fixture);
    expect(languageSelect(fixture).value).toBe('et');
    // The digest stays as it was: only the language was sent.
    expect(textOf(fixture.nativeElement.querySelector('[data-testid="digest-toggle"]'))).toBe('Weekly digest: on');
  });

  it('shows the stored language again when saving the choice fails', async () => {
    const fixture = TestBed.createComponent(DigestToggleComponent);
    await settle(fixture);
    http.expectOne('/api/digest/preferences').flush({ weeklyDigest: false, language: 'et', roleDefault: false });
    await settle(fixture);
    const select = languageSelect(fixture);
    expect(select.value).toBe('et');
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    http.expectOne((r) => r.method === 'PUT').flush({ statusCode: 500, message: 'down' }, { status: 500, statusText: 'Server Error' });
    await settle(fixture);
    expect(languageSelect(fixture).value).toBe('et');
    expect(select.disabled).toBe(false);
  });
});
