import { ChangeDetectionStrategy, Component, ElementRef, computed, input, model, viewChildren } from '@angular/core';

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/**
 * The 0–10 scale as one radiogroup of large buttons (WAI-ARIA radio group pattern):
 * one tab stop, arrow keys / Home / End move and select, Space or Enter selects.
 */
@Component({
  selector: 'exp-score-picker',
  template: `
    <div
      class="scale"
      role="radiogroup"
      [attr.aria-labelledby]="labelledBy()"
      [attr.aria-describedby]="describedBy()"
      [attr.aria-invalid]="invalid() || null"
      [attr.aria-required]="true"
      (keydown)="onKeydown($event)"
    >
      @for (score of scores; track score) {
        <button
          #radio
          type="button"
          role="radio"
          class="scale__option"
          [class.scale__option--selected]="value() === score"
          [attr.aria-checked]="value() === score"
          [tabIndex]="score === tabStop() ? 0 : -1"
          (click)="value.set(score)"
        >
          {{ score }}
        </button>
      }
    </div>
  `,
  styleUrl: './score-picker.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScorePickerComponent {
  readonly value = model<number | null>(null);
  readonly labelledBy = input<string | null>(null);
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);

  protected readonly scores = SCORES;
  protected readonly tabStop = computed(() => this.value() ?? 0);
  private readonly radios = viewChildren<ElementRef<HTMLButtonElement>>('radio');

  /** Focus the group's tab stop (after a "choose a score" error). */
  focus(): void {
    this.radios()[this.tabStop()]?.nativeElement.focus();
  }

  protected onKeydown(event: KeyboardEvent): void {
    const current = this.value() ?? -1;
    const last = SCORES.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current >= last ? 0 : current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current <= 0 ? last : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.value.set(next);
    this.radios()[next]?.nativeElement.focus();
  }
}
