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
});
