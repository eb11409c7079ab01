import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ScorePickerComponent } from './score-picker.component';

@Component({
  imports: [ScorePickerComponent],
  template: `<p id="q">Question</p><exp-score-picker [(value)]="score" labelledBy="q" />`,
})
class HostComponent {
  readonly score = signal<number | null>(null);
}

describe('ScorePickerComponent', () => {
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

  it('is one labelled radiogroup of 0–10 with a single tab stop', async () => {
    const { root, radios } = await setup();
    expect(root.querySelector('[role="radiogroup"]')?.getAttribute('aria-labelledby')).toBe('q');
    expect(radios().map((r) => r.textContent?.trim())).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(radios().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(radios().every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
  });

  it('selects on click and moves the tab stop to the chosen score', async () => {
    const { fixture, radios } = await setup();
    radios()[7].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.score()).toBe(7);
    expect(radios()[7].getAttribute('aria-checked')).toBe('true');
    expect(radios()[7].tabIndex).toBe(0);
    expect(radios()[0].tabIndex).toBe(-1);
  });

  it('moves and selects with arrow keys, Home and End, wrapping at the ends, and follows with focus', async () => {
    const { fixture, radios, press } = await setup();
    await press('ArrowRight');
    expect(fixture.componentInstance.score()).toBe(0);
    await press('ArrowRight');
    await press('ArrowDown');
    expect(fixture.componentInstance.score()).toBe(2);
    expect(document.activeElement).toBe(radios()[2]);
    await press('ArrowLeft');
    expect(fixture.componentInstance.score()).toBe(1);
    await press('End');
    expect(fixture.componentInstance.score()).toBe(10);
    await press('ArrowRight');
    expect(fixture.componentInstance.score()).toBe(0);
    await press('ArrowUp');
    expect(fixture.componentInstance.score()).toBe(10);
    await press('Home');
    expect(fixture.componentInstance.score()).toBe(0);
    expect(document.activeElement).toBe(radios()[0]);
  });
});
