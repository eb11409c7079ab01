import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EmployeeConversationView, Language } from '@ex-pulse/contracts';
import { CONVERSATION_MESSAGE_MAX, conversationMessageProblem } from '@ex-pulse/domain';
import { distinctUntilChanged, map } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageToggleComponent } from '../core/i18n/language-toggle.component';
import { LanguageService } from '../core/i18n/language.service';
import { ConversationApiService } from './conversation-api.service';
import { secretFromFragment } from './conversation-link';

type PageState =
  | { kind: 'loading' }
  | { kind: 'ready'; secret: string; view: EmployeeConversationView }
  /** Not written yet (a comment of today) or never ours: the API cannot tell them apart, nor does the page. */
  | { kind: 'missing' | 'notOpen' }
  | { kind: 'loadFailed'; secret: string };

/**
 * The employee's conversation at /c#<secret>, public, no sign-in: the replies to their comment and
 * their own messages (those waiting for the day's end marked so), and a box to answer once someone
 * has replied. The secret is read from the fragment and sent only in POST bodies.
 */
@Component({
  selector: 'exp-conversation-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule, TranslocoPipe, LanguageToggleComponent],
  templateUrl: './conversation-page.component.html',
  styleUrl: './conversation-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationPageComponent {
  private readonly api = inject(ConversationApiService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly messageMax = CONVERSATION_MESSAGE_MAX;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly draft = signal('');
  protected readonly sending = signal(false);
  protected readonly sendError = signal<string | null>(null);
  protected readonly sent = signal(false);

  protected readonly view = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.view : null;
  });
  protected readonly canSend = computed(() => !this.sending() && conversationMessageProblem(this.draft()) === null);

  constructor() {
    inject(ActivatedRoute)
      .fragment.pipe(map(secretFromFragment), distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)), takeUntilDestroyed())
      .subscribe((found) => {
        if (found.kind === 'secret') this.load(found.secret);
        // A malformed secret cannot be one of ours: no need to ask the API to say so.
        else this.state.set({ kind: found.kind === 'missing' ? 'missing' : 'notOpen' });
      });
  }

  protected load(secret: string): void {
    this.state.set({ kind: 'loading' });
    this.draft.set('');
    this.sendError.set(null);
    this.sent.set(false);
    this.api
      .view(secret)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => this.show(secret, view),
        error: (err: unknown) => {
          const status = err instanceof HttpErrorResponse ? err.status : null;
          this.state.set(status === 404 || status === 400 ? { kind: 'notOpen' } : { kind: 'loadFailed', secret });
        },
      });
  }

  protected typed(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value.slice(0, CONVERSATION_MESSAGE_MAX));
    this.sent.set(false);
  }

  protected send(event: Event): void {
    event.preventDefault();
    const state = this.state();
    if (state.kind !== 'ready' || !this.canSend()) return;
    this.sending.set(true);
    this.sendError.set(null);
    this.sent.set(false);
    this.api
      .answer(state.secret, this.draft().trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => {
          this.sending.set(false);
          this.draft.set('');
          this.sent.set(true);
          this.show(state.secret, view);
        },
        error: (err: unknown) => {
          this.sending.set(false);
          this.sendError.set(apiErrorMessage(err, this.transloco.translate('conversation.sendFailed')));
        },
      });
  }

  protected day(iso: string): string {
    return formatDay(iso, this.language.current());
  }

  private show(secret: string, view: EmployeeConversationView): void {
    this.language.use(view.language);
    this.state.set({ kind: 'ready', secret, view });
  }
}

/** The day only (the API keeps no time of the employee's messages): "7 December 2026" / "7. detsember 2026". */
function formatDay(iso: string, lang: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'et' ? 'et-EE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
