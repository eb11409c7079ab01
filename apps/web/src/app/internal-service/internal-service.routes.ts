import { Routes } from '@angular/router';

export const INTERNAL_SERVICE_ROUTES: Routes = [
  {
    path: '',
    title: 'Internal service · EX Pulse',
    loadComponent: () => import('./internal-service-page.component').then((m) => m.InternalServicePageComponent),
  },
];
