import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { configurePageTest } from '../core/testing/page-testing';
import { settle, textOf } from '../core/testing/transloco-testing';
import { queueFixture } from './follow-up-fixtures';
import { FOLLOW_UP_ROUTES } from './follow-up.routes';

describe('Follow-up area', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([{ path: 'follow-up', children: FOLLOW_UP_ROUTES }]);
  });

  afterEach(() => http.verify());

  it('loads the queue lazily under one heading, and its tabs keep the unit', async () => {
    const harness = await RouterTestingHarness.create('/follow-up?unit=d-north&show=overdue');
    await settle(harness.fixture);
    http.expectOne((r) => r.url === '/api/follow-ups').flush(queueFixture({ unitId: 'd-north' }));
    await settle(harness.fixture);
    const root = harness.fixture.nativeElement as HTMLElement;
    expect(textOf(root.querySelector('h1'))).toBe('Follow-up');
    const queue = root.querySelector('[data-testid="view-queue"]')!;
    const plans = root.querySelector('[data-testid="view-plans"]')!;
    expect(queue.getAttribute('href')).toBe('/follow-up?unit=d-north');
    expect(plans.getAttribute('href')).toBe('/follow-up/plans?unit=d-north');
    expect(queue.getAttribute('aria-current')).toBe('page');
    expect(plans.getAttribute('aria-current')).toBeNull();
  });
});
