import { Routes } from '@angular/router';

export const routes: Routes = [
  // Public answer page: /s#<token>. No login, no cookies.
  { path: 's', loadChildren: () => import('./survey/survey.routes').then((m) => m.SURVEY_ROUTES) },
  // Public conversation page: /c#<secret>, the private link of a comment. No login, no cookies.
  { path: 'c', loadChildren: () => import('./conversation/conversation.routes').then((m) => m.CONVERSATION_ROUTES) },
  { path: 'login', loadChildren: () => import('./auth/auth.routes').then((m) => m.AUTH_ROUTES) },
  // Public password pages: /set-password#<token> (from an invitation or reset email) and /forgot-password.
  { path: 'set-password', loadChildren: () => import('./auth/password.routes').then((m) => m.SET_PASSWORD_ROUTES) },
  { path: 'forgot-password', loadChildren: () => import('./auth/password.routes').then((m) => m.FORGOT_PASSWORD_ROUTES) },
  // Everything else lives in the signed-in shell (dashboard, employees, and the HR pages).
  { path: '', loadChildren: () => import('./shell/shell.routes').then((m) => m.SHELL_ROUTES) },
  { path: '**', redirectTo: 'dashboard' },
];
