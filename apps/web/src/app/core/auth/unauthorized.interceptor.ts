import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** Calls whose 401 means something else: wrong password, the guard's own check, the public answer flow. */
const OWN_401_HANDLING = ['/api/auth/login', '/api/auth/me', '/api/survey/'];

/** A 401 from any other call: the session is gone, so sign in again and come back here. */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const auth = inject(AuthService);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && err.status === 401 && !OWN_401_HANDLING.some((p) => req.url.startsWith(p))) {
        auth.forget();
        const here = router.url;
        if (!here.startsWith('/login')) {
          void router.navigate(['/login'], { queryParams: { returnUrl: here } });
        }
      }
      return throwError(() => err);
    }),
  );
};
