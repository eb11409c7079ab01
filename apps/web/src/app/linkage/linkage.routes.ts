import { Routes } from '@angular/router';

/** /linkage?from=&to=&metric=&lag=: employee scores beside customer scores, per unit. */
export const LINKAGE_ROUTES: Routes = [
  {
    path: '',
    title: 'Employees & customers · EX Pulse',
    loadComponent: () => import('./linkage-page.component').then((m) => m.LinkagePageComponent),
  },
];
