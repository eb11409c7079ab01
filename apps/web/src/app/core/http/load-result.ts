import { catchError, map, Observable, of } from 'rxjs';
import { apiErrorMessage } from './api-error';

/** What a page shows after a load: the data, or the message of why it failed. */
export interface LoadResult<T> {
  data: T | null;
  error: string | null;
}

/** Turns a request into a LoadResult that never errors, so a page's load stream keeps running. */
export function toLoadResult<T>(request: Observable<T>, fallbackMessage: string): Observable<LoadResult<T>> {
  return request.pipe(
    map((data): LoadResult<T> => ({ data, error: null })),
    catchError((err: unknown) => of<LoadResult<T>>({ data: null, error: apiErrorMessage(err, fallbackMessage) })),
  );
}
