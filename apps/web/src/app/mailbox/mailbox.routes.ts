import { Routes } from '@angular/router';

export const MAILBOX_ROUTES: Routes = [
  {
    path: '',
    title: 'Mailbox · EX Pulse',
    loadComponent: () => import('./mailbox-page.component').then((m) => m.MailboxPageComponent),
  },
];
