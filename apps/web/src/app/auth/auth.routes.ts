import { Routes } from '@angular/router';

export const AUTH_ROUTES: Routes = [
  {
    path: '',
    title: 'Sign in · EX Pulse',
    loadComponent: () => import('./login-page.component').then((m) => m.LoginPageComponent),
  },
];
