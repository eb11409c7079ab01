import { configurePageTest } from '../core/testing/page-testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { RouterTestingHarness } from '@angular/router/testing';
import { CampaignCount, CampaignSegment, DepartmentDto } from '@ex-pulse/contracts';
import { settle, textOf } from '../core/testing/transloco-testing';
import { COUNT_DEBOUNCE_MS, CampaignPageComponent } from './campaign-page.component';
import { newProgramme } from './programme-fixtures';

@Component({ template: 'elsewhere' })
class ElsewhereComponent {}

const QUARTERLY = newProgramme({ id: 'p-quarterly', nameEn: 'Quarterly pulse', targetPhase: 'ongoing_development' });
const DEPARTMENTS: DepartmentDto[] = [
  { id: 'd2', name: 'Sales', parentId: 'd1', customerFacing: true, internalProvider: false },
  { id: 'd1', name: 'Company', parentId: null, customerFacing: false, internalProvider: false },
];
const EVERYONE: CampaignSegment = { departmentId: null, location: null, phase: null };
const COUNT_URL = '/api/programmes/p-quarterly/campaign/count';
const LAUNCH_URL = '/api/programmes/p-quarterly/campaign';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CampaignPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configurePageTest([
          { path: 'programmes/:id/campaign', component: CampaignPageComponent },
          { path: '**', component: ElsewhereComponent },
        ]);
  });

  afterEach(() => http.verify());

  /** Opens the page and answers the first count (everyone) with `first`. */
  async function open(first: CampaignCount = { recipients: 142, heldBackByFatigue: 9, minimumRecipients: 5 }) {
    const harness = await RouterTestingHarness.create('/programmes/p-quarterly/campaign');
    const fixture = harness.fixture;
    const root = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/departments').flush(DEPARTMENTS);
    http.expectOne('/api/programmes/p-quarterly').flush(QUARTERLY);
    const nextCount = async () => {
      await wait(COUNT_DEBOUNCE_MS + 50);
      await settle(fixture);
      const req = http.expectOne(COUNT_URL);
      expect(req.request.method).toBe('POST');
      return req;
    };
    const flushed = async (req: { flush(body: unknown, opts?: object): void }, body: unknown, opts?: object) => {
      req.flush(body, opts);
      await settle(fixture);
    };
    const initial = await nextCount();
    expect(initial.request.body).toEqual(EVERYONE);
    await flushed(initial, first);
    const button = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => textOf(b) === text) as HTMLButtonElement;
    const pick = async (select: string, option: string) => {
      (root.querySelector(`mat-select.${select} .mat-mdc-select-trigger`) as HTMLElement).click();
      await settle(fixture);
      const options = Array.from(document.querySelectorAll('mat-option'));
      const offered = options.map((o) => `${(o.querySelector('span[style]') as HTMLElement | null)?.style.paddingLeft ?? ''} ${textOf(o)}`.trim());
      (options.find((o) => textOf(o) === option) as HTMLElement).click();
      await settle(fixture);
      return offered;
    };
    const type = (value: string) => {
      const input = root.querySelector('input[name="location"]') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const countText = () => textOf(root.querySelector('.count'));
    return { fixture, root, nextCount, flushed, button, pick, type, countText };
  }

  it('names the programme and explains that the fatigue guard holds and nobody gets it twice a day', async () => {
    const { root } = await open();
    expect(textOf(root.querySelector('h1'))).toBe('Quarterly pulse');
    expect(textOf(root.querySelector('.intro'))).toContain('The 14-day fatigue guard still applies, and nobody gets the same campaign twice on one day.');
  });

  it('counts everyone first, then re-counts the chosen segment once the changes settle', async () => {
    const { fixture, root, nextCount, flushed, button, pick, type, countText } = await open();
    expect(countText()).toBe('142 people will receive it now; 9 more were invited in the last 14 days and are held back.');

    expect(await pick('department', 'Sales')).toEqual(['All departments', '0px Company', '16px Sales']); // the tree, indented
    for (const text of ['T', 'Tal', ' Tallinn ']) type(text);
    await settle(fixture);
    await pick('phase', 'Onboarding');
    http.expectNone(COUNT_URL);
    expect(countText()).toBe('Counting…');
    expect(button('Send…').disabled).toBe(true);

    const req = await nextCount();
    expect(req.request.body).toEqual({ departmentId: 'd2', location: 'Tallinn', phase: 'onboarding' });
    await flushed(req, { recipients: 12, heldBackByFatigue: 0, minimumRecipients: 5 });
    expect(countText()).toBe('12 people will receive it now.');
    expect(button('Send…').disabled).toBe(false);

    await pick('department', 'All departments');
    const all = await nextCount();
    expect(all.request.body).toEqual({ departmentId: null, location: 'Tallinn', phase: 'onboarding' });
    await flushed(all, { recipients: 20, heldBackByFatigue: 0, minimumRecipients: 5 });
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps Send disabled when nobody would receive it', async () => {
    const { button, countText } = await open({ recipients: 0, heldBackByFatigue: 0, minimumRecipients: 5 });
    expect(countText()).toBe('Nobody in this segment would receive it now.');
    expect(button('Send…').disabled).toBe(true);
  });

  it('keeps Send disabled below the anonymity threshold, and says why', async () => {
    const { button, countText } = await open({ recipients: 3, heldBackByFatigue: 1, minimumRecipients: 5 });
    expect(countText()).toBe(
      'This segment reaches 3 people now (1 more held back). A campaign goes to at least 5, so that its answers cannot single anyone out: widen the segment.',
    );
    expect(button('Send…').disabled).toBe(true);
  });

  it('asks to confirm, launches for the counted segment, shows the result and a link to Delivery', async () => {
    const { fixture, root, nextCount, flushed, button, pick } = await open();
    await pick('phase', 'Separation');
    await flushed(await nextCount(), { recipients: 142, heldBackByFatigue: 9, minimumRecipients: 5 });

    button('Send…').click();
    await settle(fixture);
    http.expectNone(LAUNCH_URL);
    expect(textOf(root.querySelector('.confirm'))).toBe('Send Quarterly pulse to 142 people now?');
    button('Yes, send now').click();
    await settle(fixture);

    const launch = http.expectOne(LAUNCH_URL);
    expect(launch.request.method).toBe('POST');
    expect(launch.request.body).toEqual({ departmentId: null, location: null, phase: 'separation' });
    expect(button('Sending…').disabled).toBe(true);
    await flushed(launch, { invitations: 142, reminders: 142 }, { status: 201, statusText: 'Created' });

    expect(textOf(root.querySelector('.result p'))).toBe('142 invitations sent; the emails are on their way, reminders queued for 142.');
    expect(root.querySelector('.result a[href="/delivery"]')).not.toBeNull();
    // Counted again: the same people are not reached twice today.
    const again = await nextCount();
    expect(again.request.body).toEqual({ departmentId: null, location: null, phase: 'separation' });
    await flushed(again, { recipients: 0, heldBackByFatigue: 151, minimumRecipients: 5 });
    expect(button('Send…').disabled).toBe(true);
    expect(root.querySelector('.result')).not.toBeNull();
  });

  it('shows the API’s message when the launch is refused, and sends nothing', async () => {
    const { fixture, root, flushed, button } = await open();
    button('Send…').click();
    await settle(fixture);
    button('Yes, send now').click();
    const message = 'This programme is paused; resume it before launching a campaign.';
    await flushed(http.expectOne(LAUNCH_URL), { statusCode: 400, message }, { status: 400, statusText: 'Bad Request' });

    expect(textOf(root.querySelector('[role="alert"]'))).toBe(message);
    expect(root.querySelector('.result')).toBeNull();
    expect(root.querySelector('.confirm')).toBeNull();
  });

  it('shows the API’s message when the count is refused, with Send disabled', async () => {
    const { root, nextCount, flushed, button, type } = await open();
    type('Tartu');
    const message = 'This programme is paused; resume it before launching a campaign.';
    await flushed(await nextCount(), { statusCode: 400, message }, { status: 400, statusText: 'Bad Request' });
    expect(textOf(root.querySelector('[role="alert"]'))).toBe(message);
    expect(button('Send…').disabled).toBe(true);
  });
});
