import { Routes } from '@angular/router';

export const CONVERSATION_ROUTES: Routes = [
  {
    path: '',
    title: 'EX Pulse',
    loadComponent: () => import('./conversation-page.component').then((m) => m.ConversationPageComponent),
  },
];
