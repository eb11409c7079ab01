import { DestroyRef, Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, Observable, combineLatest, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { toLoadResult } from '../core/http/load-result';

export interface ReloadableLoad<T> {
  data: Signal<T | null>;
  loading: Signal<boolean>;
  error: Signal<string | null>;
  /** Ask again with the current query (after a change elsewhere on the page). */
  reload(): void;
}

/**
 * Loads `request(query)` for every query `query$` emits, and again on reload(); the last data stays
 * while a new load runs. Call in an injection context.
 */
export function reloadableLoad<Q, T>(query$: Observable<Q>, request: (query: Q) => Observable<T>): ReloadableLoad<T> {
  const transloco = inject(TranslocoService);
  const again = new BehaviorSubject<void>(undefined);
  const data = signal<T | null>(null);
  const loading = signal(true);
  const error = signal<string | null>(null);
  combineLatest([query$, again])
    .pipe(
      tap(() => loading.set(true)),
      switchMap(([query]) => toLoadResult(request(query), transloco.translate('common.networkError'))),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((result) => {
      loading.set(false);
      error.set(result.error);
      if (result.data !== null) data.set(result.data);
    });
  return { data: data.asReadonly(), loading: loading.asReadonly(), error: error.asReadonly(), reload: () => again.next() };
}

/** One change at a time sent to the API: whether one is under way, and the API's message when it is refused. */
export class Saving {
  private readonly transloco = inject(TranslocoService);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);

  run<T>(request: Observable<T>, saved: (result: T) => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (result) => {
        this.busy.set(false);
        saved(result);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }
}
