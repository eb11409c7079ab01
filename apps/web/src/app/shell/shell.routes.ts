import { Routes } from '@angular/router';
import { adminGuard } from '../core/auth/admin.guard';
import { authGuard } from '../core/auth/auth.guard';
import { ShellComponent } from './shell.component';

/** Signed-in pages, inside the top bar. */
export const SHELL_ROUTES: Routes = [
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      { path: 'dashboard', loadChildren: () => import('../analytics/analytics.routes').then((m) => m.ANALYTICS_ROUTES) },
      { path: 'employees', loadChildren: () => import('../employees/employees.routes').then((m) => m.EMPLOYEES_ROUTES) },
      {
        path: 'departments',
        canActivate: [adminGuard],
        loadChildren: () => import('../departments/departments.routes').then((m) => m.DEPARTMENTS_ROUTES),
      },
      { path: 'lifecycle', loadChildren: () => import('../lifecycle/lifecycle.routes').then((m) => m.LIFECYCLE_ROUTES) },
      { path: 'linkage', loadChildren: () => import('../linkage/linkage.routes').then((m) => m.LINKAGE_ROUTES) },
      { path: 'follow-up', loadChildren: () => import('../follow-up/follow-up.routes').then((m) => m.FOLLOW_UP_ROUTES) },
      {
        path: 'internal-service',
        loadChildren: () => import('../internal-service/internal-service.routes').then((m) => m.INTERNAL_SERVICE_ROUTES),
      },
      {
        path: 'programmes',
        canActivate: [adminGuard],
        loadChildren: () => import('../programmes/programmes.routes').then((m) => m.PROGRAMMES_ROUTES),
      },
      { path: 'delivery', canActivate: [adminGuard], loadChildren: () => import('../delivery/delivery.routes').then((m) => m.DELIVERY_ROUTES) },
      { path: 'users', canActivate: [adminGuard], loadChildren: () => import('../users/users.routes').then((m) => m.USERS_ROUTES) },
      { path: 'audit-log', canActivate: [adminGuard], loadChildren: () => import('../audit/audit.routes').then((m) => m.AUDIT_ROUTES) },
      { path: 'mailbox', canActivate: [adminGuard], loadChildren: () => import('../mailbox/mailbox.routes').then((m) => m.MAILBOX_ROUTES) },
      {
        path: 'customer-scores',
        canActivate: [adminGuard],
        loadChildren: () => import('../customer-scores/customer-scores.routes').then((m) => m.CUSTOMER_SCORES_ROUTES),
      },
    ],
  },
];
