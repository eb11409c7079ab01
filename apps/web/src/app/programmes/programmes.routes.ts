import { Routes } from '@angular/router';

export const PROGRAMMES_ROUTES: Routes = [
  {
    path: '',
    title: 'Programmes · EX Pulse',
    loadComponent: () => import('./programme-list-page.component').then((m) => m.ProgrammeListPageComponent),
  },
  {
    path: 'new',
    title: 'New programme · EX Pulse',
    loadComponent: () => import('./programme-form-page.component').then((m) => m.ProgrammeFormPageComponent),
  },
  {
    path: ':id/campaign',
    title: 'Send now · EX Pulse',
    loadComponent: () => import('./campaign-page.component').then((m) => m.CampaignPageComponent),
  },
  {
    path: ':id',
    title: 'Programme · EX Pulse',
    loadComponent: () => import('./programme-form-page.component').then((m) => m.ProgrammeFormPageComponent),
  },
];
