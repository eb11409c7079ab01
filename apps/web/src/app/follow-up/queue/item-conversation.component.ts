import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { StaffConversationView } from '@ex-pulse/contracts';
import { CONVERSATION_MESSAGE_MAX, conversationMessageProblem } from '@ex-pulse/domain';
import { catchError, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { formatInstant } from '../../shared/format-instant';
import { FollowUpApiService } from '../follow-up-api.service';
import { Saving } from '../follow-up-requests';

/**
 * A follow-up item's conversation with its comment's anonymous author: the thread (replies with who
 * and when, the author's messages with their day only) and a reply box for HR and the unit's
 * managers. Leaders read; the API answers 403 to anyone else, and its message is shown.
 */
@Component({
  selector: 'exp-item-conversation',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <section [attr.aria-labelledby]="'conversation-title-' + itemKey()" data-testid="item-conversation">
      <h3 [id]="'conversation-title-' + itemKey()">{{ 'followUp.item.conversation.title' | transloco }}</h3>
      @if (view(); as view) {
        @if (view.available) {
          <p class="muted small">{{ 'followUp.item.conversation.intro' | transloco }}</p>
          <ol class="thread" data-testid="conversation-thread">
            @for (m of view.messages; track $index) {
              <li [class.thread__author]="!m.fromStaff">
                <span class="muted">
                  @if (m.fromStaff) { {{ m.author?.name ?? '—' }}, {{ m.writtenAt ? when(m.writtenAt) : m.writtenOn }} }
                  @else { {{ 'followUp.item.conversation.author' | transloco }}, {{ m.writtenOn }} }
                </span>
                <p class="thread__body">{{ m.body }}</p>
              </li>
            } @empty {
              <li class="muted">{{ 'followUp.item.conversation.empty' | transloco }}</li>
            }
          </ol>
          @if (canAct() && view.canReply) {
            <form class="reply" (submit)="reply($event)" novalidate>
              <label [for]="'reply-' + itemKey()">{{ 'followUp.item.conversation.replyLabel' | transloco }}</label>
              <textarea [id]="'reply-' + itemKey()" rows="3" data-testid="reply-input" [attr.maxlength]="max" [value]="draft()" (input)="typed($event)"></textarea>
              <p class="muted small">{{ 'followUp.item.conversation.replyHint' | transloco: { max } }} {{ draft().length }} / {{ max }}</p>
              <button mat-stroked-button type="submit" data-testid="send-reply" [disabled]="!canSend()">{{ 'followUp.item.conversation.send' | transloco }}</button>
            </form>
          } @else {
            <p class="muted small">{{ 'followUp.item.conversation.readOnly' | transloco }}</p>
          }
        } @else {
          <p class="muted" data-testid="conversation-unavailable">{{ 'followUp.item.conversation.unavailable' | transloco }}</p>
        }
      }
      <p class="error-text" role="alert">{{ loadError() ?? saving.error() }}</p>
    </section>
  `,
  styles: `
    :host { display: block; }
    h3 { font-size: 1rem; margin: 0 0 4px; }
    .thread { margin: 0; padding-left: 18px; display: grid; gap: 6px; }
    .thread__author { font-style: italic; }
    .thread__body { margin: 2px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font-style: normal; }
    .reply { display: grid; gap: 4px; margin-top: 8px; }
    textarea {
      font: inherit; padding: 6px 8px; border-radius: 8px; border: 1px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); width: 100%; box-sizing: border-box;
    }
    .small { font-size: .875rem; margin: 0; }
    .reply button { justify-self: start; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemConversationComponent {
  private readonly api = inject(FollowUpApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly itemKey = input.required<string>();
  /** The item page's own knowledge of the user's role: leaders (false) read and get no reply box. */
  readonly canAct = input.required<boolean>();

  protected readonly max = CONVERSATION_MESSAGE_MAX;
  protected readonly view = signal<StaffConversationView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly draft = signal('');
  protected readonly saving = new Saving();
  protected readonly canSend = computed(() => !this.saving.busy() && conversationMessageProblem(this.draft()) === null);

  constructor() {
    toObservable(this.itemKey)
      .pipe(
        switchMap((key) => {
          this.view.set(null);
          this.loadError.set(null);
          return this.api.conversation(key).pipe(
            catchError((err: unknown) => {
              this.loadError.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((view) => this.view.set(view));
  }

  protected when(iso: string): string {
    return formatInstant(iso, this.language.current());
  }

  protected typed(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value.slice(0, CONVERSATION_MESSAGE_MAX));
  }

  protected reply(event: Event): void {
    event.preventDefault();
    if (!this.canSend()) return;
    this.saving.run(this.api.reply(this.itemKey(), this.draft().trim()), (view) => {
      this.view.set(view);
      this.draft.set('');
    });
  }
}
