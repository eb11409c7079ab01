import { Routes } from '@angular/router';

export const EMPLOYEES_ROUTES: Routes = [
  {
    path: '',
    title: 'Employees · EX Pulse',
    loadComponent: () => import('./employees-page.component').then((m) => m.EmployeesPageComponent),
  },
];
