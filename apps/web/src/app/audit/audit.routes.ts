import { Routes } from '@angular/router';

export const AUDIT_ROUTES: Routes = [
  {
    path: '',
    title: 'Audit log · EX Pulse',
    loadComponent: () => import('./audit-log-page.component').then((m) => m.AuditLogPageComponent),
  },
];
