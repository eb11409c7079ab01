import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AuthService } from './auth.service';

/** Signed-in pages: ask /api/auth/me; anyone else goes to /login?returnUrl=… */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return inject(AuthService)
    .currentUser()
    .pipe(map((user) => (user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }))));
};
