import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AuthService } from './auth.service';

/** HR pages (programmes, delivery, mailbox): admins only; anyone else goes to the dashboard. The API enforces it too. */
export const adminGuard: CanActivateFn = () => {
  const router = inject(Router);
  return inject(AuthService)
    .currentUser()
    .pipe(map((user) => (user?.role === 'admin' ? true : router.createUrlTree(['/dashboard']))));
};
