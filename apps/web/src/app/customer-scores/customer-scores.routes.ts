import { Routes } from '@angular/router';

export const CUSTOMER_SCORES_ROUTES: Routes = [
  {
    path: '',
    title: 'Customer scores · EX Pulse',
    loadComponent: () => import('./customer-scores-page.component').then((m) => m.CustomerScoresPageComponent),
  },
];
