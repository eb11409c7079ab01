import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { conversationLink } from './conversation-link';

/**
 * The comment's private link on the thank-you page, with a copy button: the only way back to the
 * conversation. Nothing keeps it for the employee (no storage, no cookie): they keep it.
 */
@Component({
  selector: 'exp-private-link',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <section class="link" aria-labelledby="private-link-title" data-testid="private-link">
      <h2 id="private-link-title" class="link__title">{{ 'survey.privateLink.title' | transloco }}</h2>
      <p class="link__intro">{{ 'survey.privateLink.intro' | transloco }}</p>
      <label class="link__label" for="private-link-url">{{ 'survey.privateLink.label' | transloco }}</label>
      <div class="link__row">
        <input id="private-link-url" class="link__url" type="text" readonly [value]="link()" (focus)="select($event)" />
        <button mat-flat-button type="button" class="link__copy" (click)="copy()">{{ 'survey.privateLink.copy' | transloco }}</button>
      </div>
      <p class="link__status" role="status">
        @if (copied() === 'yes') { {{ 'survey.privateLink.copied' | transloco }} }
        @if (copied() === 'no') { {{ 'survey.privateLink.copyFailed' | transloco }} }
      </p>
      <p class="link__keep"><strong>{{ 'survey.privateLink.keep' | transloco }}</strong></p>
      @if (emailed()) {
        <p class="link__mail">{{ 'survey.privateLink.emailed' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .link { margin: 24px 0 0; padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .link__title { font-size: 1.125rem; margin: 0 0 4px; }
    .link__intro, .link__mail { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); font-size: .9375rem; }
    .link__label { display: block; font-size: .875rem; margin-bottom: 4px; }
    .link__row { display: flex; flex-wrap: wrap; gap: 8px; }
    .link__url {
      flex: 1 1 220px; min-width: 0; min-height: 44px; box-sizing: border-box; padding: 8px 10px; font: inherit; font-size: .875rem;
      border: 1px solid var(--mat-sys-outline); border-radius: 8px; background: var(--mat-sys-surface); color: var(--mat-sys-on-surface);
    }
    .link__copy { min-height: 44px; }
    .link__status { min-height: 1.25em; margin: 6px 0 0; font-size: .875rem; }
    .link__keep { margin: 8px 0 0; }
    .link__mail { margin: 8px 0 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivateLinkComponent {
  private readonly document = inject(DOCUMENT);

  readonly secret = input.required<string>();
  /** The employee gave an address to mail the link to. */
  readonly emailed = input(false);

  protected readonly link = computed(() => conversationLink(this.document.location.origin, this.secret()));
  protected readonly copied = signal<'yes' | 'no' | null>(null);

  protected select(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copy(): Promise<void> {
    try {
      await this.document.defaultView!.navigator.clipboard.writeText(this.link());
      this.copied.set('yes');
    } catch {
      // No clipboard (plain HTTP, an old browser): the field is selectable, so say to copy it by hand.
      this.copied.set('no');
      (this.document.getElementById('private-link-url') as HTMLInputElement | null)?.select();
    }
  }
}
