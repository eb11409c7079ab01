import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { OptionChoice, OptionGroupComponent } from './option-group.component';

const SCALE: OptionChoice<number>[] = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n), detail: n === 1 ? 'Strongly disagree' : undefined }));

@Component({
  imports: [OptionGroupComponent],
  template: `<p id="q">Statement</p><exp-option-group [options]="options" [(value)]="choice" labelledBy="q" />`,
})
class HostComponent {
  readonly options = SCALE;
  readonly choice = signal<number | null>(null);
}

describe('OptionGroupComponent', () => {
  async function setup() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const radios = () => Array.from(root.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
    const press = async (key: string) => {
      root.querySelector('[role="radiogroup"]')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await fixture.whenStable();
    };
    return { fixture, root, radios, press };
  }

  it('is one labelled radiogroup with a single tab stop and nothing chosen', async () => {
    const { root, radios } = await setup();
    expect(root.querySelector('[role="radiogroup"]')?.getAttribute('aria-labelledby')).toBe('q');
    expect(radios()).toHaveLength(5);
    expect(radios()[0].textContent).toContain('Strongly disagree');
    expect(radios().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(radios().every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
  });

  it('selects on click and moves the tab stop there', async () => {
    const { fixture, radios } = await setup();
    radios()[3].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.choice()).toBe(4);
    expect(radios()[3].getAttribute('aria-checked')).toBe('true');
    expect(radios()[3].tabIndex).toBe(0);
    expect(radios()[0].tabIndex).toBe(-1);
  });

  it('moves and selects with arrow keys, Home and End, wrapping, and follows with focus', async () => {
    const { fixture, radios, press } = await setup();
    await press('ArrowRight');
    expect(fixture.componentInstance.choice()).toBe(1);
    await press('ArrowDown');
    expect(fixture.componentInstance.choice()).toBe(2);
    expect(document.activeElement).toBe(radios()[1]);
    await press('End');
    expect(fixture.componentInstance.choice()).toBe(5);
    await press('ArrowRight');
    expect(fixture.componentInstance.choice()).toBe(1);
    await press('ArrowLeft');
    expect(fixture.componentInstance.choice()).toBe(5);
    await press('Home');
    expect(fixture.componentInstance.choice()).toBe(1);
  });
});
