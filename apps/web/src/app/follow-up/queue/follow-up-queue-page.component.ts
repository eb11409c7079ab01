import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FollowUpShow } from '@ex-pulse/contracts';
import { distinctUntilChanged, map } from 'rxjs';
import { navigateQuery } from '../../analytics/query-load';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { FollowUpApiService, QueueQuery } from '../follow-up-api.service';
import { reloadableLoad } from '../follow-up-requests';
import { FollowUpItemComponent } from './follow-up-item.component';

export const FOLLOW_UP_SHOWS: readonly FollowUpShow[] = ['open', 'overdue', 'resolved', 'all'];

export function queueQuery(params: ParamMap): QueueQuery {
  const show = params.get('show') as FollowUpShow | null;
  const page = Number(params.get('page'));
  return {
    unit: params.get('unit') || null,
    show: show && FOLLOW_UP_SHOWS.includes(show) ? show : 'open',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * /follow-up?unit=&show=open|overdue|resolved|all&item=: the units with their open and overdue items,
 * the selected unit's items (text and quarter only), and one item's detail to work on. The list is
 * read again after every change of an item, so its counts follow.
 */
@Component({
  selector: 'exp-follow-up-queue-page',
  imports: [RouterLink, TranslocoPipe, LoadingBarComponent, FollowUpItemComponent],
  templateUrl: './follow-up-queue-page.component.html',
  styleUrl: './follow-up-queue-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpQueuePageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(FollowUpApiService);
  private readonly route = inject(ActivatedRoute);

  protected readonly shows = FOLLOW_UP_SHOWS;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(queueQuery)), { initialValue: queueQuery(this.route.snapshot.queryParamMap) });
  /** The item open in the detail panel. */
  protected readonly selected = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('item') || null)), { initialValue: null });
  private readonly queue = reloadableLoad(
    this.route.queryParamMap.pipe(
      map(queueQuery),
      distinctUntilChanged((a, b) => a.unit === b.unit && a.show === b.show && a.page === b.page),
    ),
    (q) => this.api.queue(q),
  );
  protected readonly data = this.queue.data;
  protected readonly loading = this.queue.loading;
  protected readonly error = this.queue.error;
  protected readonly pages = computed(() => {
    const q = this.data();
    return q ? Math.max(1, Math.ceil(q.total / q.pageSize)) : 1;
  });
  protected readonly unitName = computed(() => {
    const unit = this.query().unit;
    return this.data()?.units.find((u) => u.unitId === unit)?.unitName ?? null;
  });

  protected filter(changes: Record<string, string | number | null>): void {
    void navigateQuery(this.router, { page: null, ...changes });
  }

  protected openItem(key: string | null): void {
    void navigateQuery(this.router, { item: key });
  }

  protected changed(): void {
    this.queue.reload();
  }
}
