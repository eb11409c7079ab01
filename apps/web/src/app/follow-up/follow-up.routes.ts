import { Routes } from '@angular/router';
import { FollowUpAreaComponent } from './follow-up-area.component';

/** /follow-up (the queue) and /follow-up/plans (action plans), each lazy, under one heading. */
export const FOLLOW_UP_ROUTES: Routes = [
  {
    path: '',
    component: FollowUpAreaComponent,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Follow-up · EX Pulse',
        loadComponent: () => import('./queue/follow-up-queue-page.component').then((m) => m.FollowUpQueuePageComponent),
      },
      {
        path: 'plans',
        title: 'Action plans · EX Pulse',
        loadComponent: () => import('./plans/action-plans-page.component').then((m) => m.ActionPlansPageComponent),
      },
    ],
  },
];
