import { Routes } from '@angular/router';

/** The public password pages, beside the sign-in: /set-password#<token> and /forgot-password. */
export const SET_PASSWORD_ROUTES: Routes = [
  {
    path: '',
    title: 'Set your password · EX Pulse',
    loadComponent: () => import('./set-password-page.component').then((m) => m.SetPasswordPageComponent),
  },
];

export const FORGOT_PASSWORD_ROUTES: Routes = [
  {
    path: '',
    title: 'Forgot password · EX Pulse',
    loadComponent: () => import('./forgot-password-page.component').then((m) => m.ForgotPasswordPageComponent),
  },
];
