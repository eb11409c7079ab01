import { Routes } from '@angular/router';
import { adminGuard } from '../core/auth/admin.guard';

export const EMPLOYEES_ROUTES: Routes = [
  {
    path: '',
    title: 'Employees · EX Pulse',
    loadComponent: () => import('./employees-page.component').then((m) => m.EmployeesPageComponent),
  },
  {
    path: 'mapping',
    title: 'Column mapping · EX Pulse',
    canActivate: [adminGuard],
    loadComponent: () => import('./hr-sync/column-mapping-page.component').then((m) => m.ColumnMappingPageComponent),
  },
  {
    path: 'syncs',
    title: 'Syncs · EX Pulse',
    canActivate: [adminGuard],
    loadComponent: () => import('./hr-sync/syncs-page.component').then((m) => m.SyncsPageComponent),
  },
];
