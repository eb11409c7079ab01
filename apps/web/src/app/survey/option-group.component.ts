import { ChangeDetectionStrategy, Component, ElementRef, computed, input, model, viewChildren } from '@angular/core';

export interface OptionChoice<T extends string | number> {
  value: T;
  /** The chip's main text (a number on a scale, the option's words in a list). */
  label: string;
  /** A smaller line under the label, e.g. "Strongly agree". */
  detail?: string;
}

/**
 * An optional single choice as one radiogroup of large chips (WAI-ARIA radio group pattern, like
 * the score picker): a row of equal chips for a scale, a column of full-width chips for a list.
 * One tab stop; arrow keys / Home / End move and select. Nothing is chosen until the person picks.
 */
@Component({
  selector: 'exp-option-group',
  template: `
    <div
      class="options"
      [class.options--scale]="layout() === 'scale'"
      [class.options--list]="layout() === 'list'"
      [style.--option-count]="options().length"
      role="radiogroup"
      [attr.aria-labelledby]="labelledBy()"
      [attr.aria-describedby]="describedBy()"
      (keydown)="onKeydown($event)"
    >
      @for (option of options(); track option.value; let i = $index) {
        <button
          #radio
          type="button"
          role="radio"
          class="options__option"
          [class.options__option--selected]="value() === option.value"
          [attr.aria-checked]="value() === option.value"
          [tabIndex]="i === tabStop() ? 0 : -1"
          (click)="value.set(option.value)"
        >
          <span class="options__label">{{ option.label }}</span>
          @if (option.detail) {
            <span class="options__detail">{{ option.detail }}</span>
          }
        </button>
      }
    </div>
  `,
  styleUrl: './option-group.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OptionGroupComponent<T extends string | number> {
  readonly options = input.required<readonly OptionChoice<T>[]>();
  readonly value = model<T | null>(null);
  readonly layout = input<'scale' | 'list'>('scale');
  readonly labelledBy = input<string | null>(null);
  readonly describedBy = input<string | null>(null);

  protected readonly tabStop = computed(() => Math.max(0, this.options().findIndex((o) => o.value === this.value())));
  private readonly radios = viewChildren<ElementRef<HTMLButtonElement>>('radio');

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.options().length;
    if (count === 0) return;
    const current = this.options().findIndex((o) => o.value === this.value());
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = current < 0 || current >= count - 1 ? 0 : current + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current <= 0 ? count - 1 : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.value.set(this.options()[next].value);
    this.radios()[next]?.nativeElement.focus();
  }
}
