import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { linkParts } from './linked-text';

/**
 * Plain text (an email's text version) with its web addresses as links, built with bindings only:
 * the text is never parsed as HTML. Links open in a new tab (the answer page needs no sign-in).
 */
@Component({
  selector: 'exp-linked-text',
  // One line on purpose: whitespace between the parts would show (white-space: pre-wrap).
  template: `<p class="text">@for (part of parts(); track $index) {@if (part.url) {<a [href]="part.url" target="_blank" rel="noopener noreferrer">{{ part.text }}</a>} @else {{{ part.text }}}}</p>`,
  styles: `
    .text {
      margin: 0; padding: 12px 16px; white-space: pre-wrap; overflow-wrap: anywhere;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface-container-low);
      font-size: .9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkedTextComponent {
  readonly text = input.required<string>();
  protected readonly parts = computed(() => linkParts(this.text()));
}
