import { Routes } from '@angular/router';

export const DEPARTMENTS_ROUTES: Routes = [
  {
    path: '',
    title: 'Departments · EX Pulse',
    loadComponent: () => import('./departments-page.component').then((m) => m.DepartmentsPageComponent),
  },
];
