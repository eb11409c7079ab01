import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ActionPlanView, FollowUpItemDetail, FollowUpStatus, FollowUpUser, UpdateFollowUpRequest } from '@ex-pulse/contracts';
import { NOTE_MAX, nextFollowUpStatuses } from '@ex-pulse/domain';
import { forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { formatInstant } from '../../shared/format-instant';
import { FollowUpApiService } from '../follow-up-api.service';
import { Saving } from '../follow-up-requests';
import { ItemConversationComponent } from './item-conversation.component';

/**
 * One queue item to work on: its status (only the moves the flow allows), owner, due date, internal
 * notes (plain text: shown as text, never as HTML), the conversation with the comment's anonymous
 * author, and the record of who changed what and when.
 * Leaders read it; the API refuses their changes too.
 */
@Component({
  selector: 'exp-follow-up-item',
  imports: [MatButtonModule, RouterLink, TranslocoPipe, ItemConversationComponent],
  templateUrl: './follow-up-item.component.html',
  styleUrl: './follow-up-item.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpItemComponent {
  private readonly api = inject(FollowUpApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly itemKey = input.required<string>();
  /** After any saved change. */
  readonly changed = output<FollowUpItemDetail>();
  readonly closed = output<void>();

  protected readonly noteMax = NOTE_MAX;
  protected readonly item = signal<FollowUpItemDetail | null>(null);
  protected readonly owners = signal<FollowUpUser[]>([]);
  /** The open plans of the item's unit, to add the item to as a focus. */
  protected readonly plans = signal<ActionPlanView[]>([]);
  protected readonly planChoice = signal('');
  protected readonly addedTo = signal<string | null>(null);
  protected readonly saving = new Saving();
  protected readonly note = signal('');
  /** The owner and due date being edited ('' = none), until saved. */
  protected readonly ownerDraft = signal<string | null>(null);
  protected readonly dueDraft = signal<string | null>(null);
  protected readonly next = computed<readonly FollowUpStatus[]>(() => {
    const item = this.item();
    return item?.canAct ? nextFollowUpStatuses(item.status) : [];
  });
  protected readonly dirty = computed(() => {
    const item = this.item();
    if (!item) return false;
    const owner = this.ownerDraft();
    const due = this.dueDraft();
    return (owner !== null && owner !== (item.owner?.id ?? '')) || (due !== null && due !== (item.dueOn ?? ''));
  });

  constructor() {
    toObservable(this.itemKey)
      .pipe(
        switchMap((key) => this.api.item(key)),
        switchMap((item) => {
          this.show(item);
          if (!item.canAct) return of({ owners: [] as FollowUpUser[], plans: [] as ActionPlanView[] });
          return forkJoin({
            owners: this.api.owners(item.unitId).pipe(map((o) => o.owners)),
            plans: this.api.plans(item.unitId).pipe(map((l) => l.plans.filter((p) => p.status === 'open' && p.canAct))),
          });
        }),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: ({ owners, plans }) => {
          this.owners.set(owners);
          this.plans.set(plans);
          this.planChoice.set(plans[0]?.id ?? '');
        },
        error: (err: unknown) => this.saving.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError'))),
      });
  }

  protected when(iso: string): string {
    return formatInstant(iso, this.language.current());
  }

  protected moveTo(status: FollowUpStatus): void {
    this.save(this.api.updateItem(this.itemKey(), { status }));
  }

  protected saveOwnerAndDue(event: Event): void {
    event.preventDefault();
    const item = this.item();
    if (!item || !this.dirty()) return;
    const change: UpdateFollowUpRequest = {};
    const owner = this.ownerDraft();
    const due = this.dueDraft();
    if (owner !== null && owner !== (item.owner?.id ?? '')) change.ownerId = owner || null;
    if (due !== null && due !== (item.dueOn ?? '')) change.dueOn = due || null;
    this.save(this.api.updateItem(this.itemKey(), change));
  }

  protected addNote(event: Event): void {
    event.preventDefault();
    const body = this.note().trim();
    if (!body) return;
    this.save(this.api.addNote(this.itemKey(), body), () => this.note.set(''));
  }

  /** The item as a focus area of one of its unit's open plans. */
  protected addToPlan(event: Event): void {
    event.preventDefault();
    const planId = this.planChoice();
    if (!planId) return;
    this.addedTo.set(null);
    this.saving.run(this.api.addFocus(planId, { kind: 'item', itemKey: this.itemKey() }), (plan) => this.addedTo.set(plan.id));
  }

  protected typed(target: 'owner' | 'due' | 'note' | 'plan', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    if (target === 'plan') this.planChoice.set(value);
    else if (target === 'owner') this.ownerDraft.set(value);
    else if (target === 'due') this.dueDraft.set(value);
    else this.note.set(value.slice(0, NOTE_MAX));
  }

  private save(request: Observable<FollowUpItemDetail>, done?: () => void): void {
    this.saving.run(request, (item) => {
      this.show(item);
      done?.();
      this.changed.emit(item);
    });
  }

  private show(item: FollowUpItemDetail): void {
    this.item.set(item);
    this.ownerDraft.set(null);
    this.dueDraft.set(null);
  }
}
