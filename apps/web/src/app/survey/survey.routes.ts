import { Routes } from '@angular/router';

export const SURVEY_ROUTES: Routes = [
  {
    path: '',
    title: 'EX Pulse',
    loadComponent: () => import('./survey-page.component').then((m) => m.SurveyPageComponent),
  },
];
