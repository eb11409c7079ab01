import { Routes } from '@angular/router';

export const LIFECYCLE_ROUTES: Routes = [
  {
    path: '',
    title: 'Lifecycle · EX Pulse',
    loadComponent: () => import('./lifecycle-page.component').then((m) => m.LifecyclePageComponent),
  },
  {
    path: 'employees/:id',
    title: 'Employee lifecycle · EX Pulse',
    loadComponent: () => import('./employee-lifecycle-page.component').then((m) => m.EmployeeLifecyclePageComponent),
  },
];
