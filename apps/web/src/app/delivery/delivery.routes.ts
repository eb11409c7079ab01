import { Routes } from '@angular/router';

export const DELIVERY_ROUTES: Routes = [
  {
    path: '',
    title: 'Delivery · EX Pulse',
    loadComponent: () => import('./delivery-page.component').then((m) => m.DeliveryPageComponent),
  },
];
