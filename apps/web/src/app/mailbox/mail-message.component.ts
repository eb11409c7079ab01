import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DevMail } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { EmailFrameComponent } from '../shared/email/email-frame.component';
import { LinkedTextComponent } from '../shared/email/linked-text.component';
import { formatInstant } from '../shared/format-instant';

/**
 * One message of the dev mailbox. The HTML is shown sandboxed, where links cannot be followed
 * (no popups, no top navigation); the text version above it has working links to the answer page.
 */
@Component({
  selector: 'exp-mail-message',
  imports: [TranslocoPipe, EmailFrameComponent, LinkedTextComponent],
  template: `
    @let m = mail();
    <article class="message" aria-labelledby="message-subject">
      <h2 #subject id="message-subject" class="subject" tabindex="-1">{{ m.subject }}</h2>
      <dl class="meta">
        <div><dt>{{ 'mailbox.to' | transloco }}</dt><dd>{{ m.to }}</dd></div>
        <div><dt>{{ 'mailbox.deliveredAt' | transloco }}</dt><dd>{{ deliveredAt() }}</dd></div>
      </dl>
      <h3>{{ 'mailbox.textVersion' | transloco }}</h3>
      <p class="muted hint">{{ 'mailbox.textHint' | transloco }}</p>
      <exp-linked-text [text]="m.text" />
      <h3>{{ 'mailbox.htmlVersion' | transloco }}</h3>
      <exp-email-frame [html]="m.html" [title]="'mailbox.htmlFrame' | transloco: { subject: m.subject }" />
    </article>
  `,
  styles: `
    .subject { font-size: 1.125rem; margin: 0 0 8px; overflow-wrap: anywhere; outline: none; }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0 0 12px; }
    .meta div { display: flex; gap: 6px; }
    .meta dt { color: var(--mat-sys-on-surface-variant); }
    .meta dt::after { content: ':'; }
    .meta dd { margin: 0; overflow-wrap: anywhere; }
    h3 { font-size: 1rem; margin: 16px 0 4px; }
    .hint { font-size: .875rem; margin: 0 0 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailMessageComponent {
  private readonly language = inject(LanguageService);
  readonly mail = input.required<DevMail>();
  protected readonly deliveredAt = computed(() => formatInstant(this.mail().deliveredAt, this.language.current()));
  private readonly subject = viewChild.required<ElementRef<HTMLElement>>('subject');

  focus(): void {
    this.subject().nativeElement.focus();
  }
}
