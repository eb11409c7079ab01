import { Routes } from '@angular/router';
import { AnalyticsPageComponent } from './analytics-page.component';

/** /dashboard/<view>?<filters>: the analytics views, each lazy, all under one filter bar. */
export const ANALYTICS_ROUTES: Routes = [
  {
    path: '',
    component: AnalyticsPageComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      {
        path: 'overview',
        title: 'Overview · EX Pulse',
        loadComponent: () => import('./overview/overview-page.component').then((m) => m.OverviewPageComponent),
      },
      {
        path: 'heatmap',
        title: 'Heatmap · EX Pulse',
        loadComponent: () => import('./heatmap/heatmap-page.component').then((m) => m.HeatmapPageComponent),
      },
      {
        path: 'units',
        title: 'Units · EX Pulse',
        loadComponent: () => import('./units/units-page.component').then((m) => m.UnitsPageComponent),
      },
      {
        path: 'phases',
        title: 'Phases · EX Pulse',
        loadComponent: () => import('./phases/phases-page.component').then((m) => m.PhasesPageComponent),
      },
      {
        path: 'comments',
        title: 'Comments · EX Pulse',
        loadComponent: () => import('./comments/comments-page.component').then((m) => m.CommentsPageComponent),
      },
      {
        path: 'alerts',
        title: 'Alerts · EX Pulse',
        loadComponent: () => import('./alerts/alerts-page.component').then((m) => m.AlertsPageComponent),
      },
    ],
  },
];
