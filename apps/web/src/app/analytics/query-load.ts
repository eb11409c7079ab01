import { Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, Observable, combineLatest, distinctUntilChanged, map, switchMap, tap } from 'rxjs';
import { toLoadResult } from '../core/http/load-result';

export interface QueryLoad<Q, T> {
  /** The URL's current query, as read: drives the page's own controls even while loading. */
  query: Signal<Q | null>;
  data: Signal<T | null>;
  loading: Signal<boolean>;
  error: Signal<string | null>;
  /** Loads the current query again (after a change the view itself made, e.g. a goal saved). */
  reload(): void;
}

/**
 * Loads a view from the URL's query parameters and loads it again whenever they change: `key`
 * says which parameters matter (so an unrelated change does not reload). Call in an injection context.
 */
export function loadFromQuery<Q, T>(read: (params: ParamMap) => Q, key: (query: Q) => string, request: (query: Q) => Observable<T>): QueryLoad<Q, T> {
  const route = inject(ActivatedRoute);
  const transloco = inject(TranslocoService);
  const current = signal<Q | null>(null);
  const data = signal<T | null>(null);
  const loading = signal(true);
  const error = signal<string | null>(null);
  const reloads = new BehaviorSubject<void>(undefined);
  const queries = route.queryParamMap.pipe(map(read), distinctUntilChanged((a, b) => key(a) === key(b)));
  combineLatest([queries, reloads])
    .pipe(
      map(([query]) => query),
      tap((query) => {
        current.set(query);
        loading.set(true);
        error.set(null);
      }),
      switchMap((query) => toLoadResult(request(query), transloco.translate('common.networkError'))),
      takeUntilDestroyed(),
    )
    .subscribe((result) => {
      loading.set(false);
      error.set(result.error);
      data.set(result.data);
    });
  return {
    query: current.asReadonly(), data: data.asReadonly(), loading: loading.asReadonly(), error: error.asReadonly(),
    reload: () => reloads.next(),
  };
}

/** Changes some query parameters of the current URL (null removes one), keeping the path and the rest. */
export function navigateQuery(router: Router, changes: Record<string, string | number | null>): Promise<boolean> {
  const tree = router.parseUrl(router.url);
  const next: Record<string, string> = { ...tree.queryParams };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') delete next[key];
    else next[key] = String(value);
  }
  tree.queryParams = next;
  return router.navigateByUrl(tree);
}
