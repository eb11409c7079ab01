import { Routes } from '@angular/router';

export const routes: Routes = [
  // Public answer page: /s#<token>. No login, no cookies.
  { path: 's', loadChildren: () => import('./survey/survey.routes').then((m) => m.SURVEY_ROUTES) },
  { path: 'login', loadChildren: () => import('./auth/auth.routes').then((m) => m.AUTH_ROUTES) },
  // Everything else lives in the signed-in shell (dashboard, employees, and the HR pages).
  { path: '', loadChildren: () => import('./shell/shell.routes').then((m) => m.SHELL_ROUTES) },
  { path: '**', redirectTo: 'dashboard' },
];
