import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery } from '@ex-pulse/contracts';
import { map } from 'rxjs';
import { filtersFromParams, setParams } from './analytics-filters';
import { FilterBarComponent } from './filter-bar/filter-bar.component';

const VIEWS = ['overview', 'heatmap', 'units', 'phases', 'comments', 'alerts'] as const;

/** The analytics area: the shared filter bar, a link per view (carrying the filters), the view. */
@Component({
  selector: 'exp-analytics-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, FilterBarComponent],
  template: `
    <div class="page">
      <header class="head">
        <h1>{{ 'analytics.title' | transloco }}</h1>
      </header>
      <exp-analytics-filter-bar />
      <nav class="views" [attr.aria-label]="'analytics.views.label' | transloco">
        @for (view of views; track view) {
          <a
            class="views__link"
            [routerLink]="view"
            [queryParams]="linkParams()"
            routerLinkActive="views__link--active"
            ariaCurrentWhenActive="page"
            [attr.data-testid]="'view-' + view"
          >{{ 'analytics.views.' + view | transloco }}</a>
        }
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    .head h1 { font-size: 1.75rem; margin: 0 0 12px; }
    .views { display: flex; flex-wrap: wrap; gap: 4px; margin: 12px 0 16px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .views__link {
      padding: 10px 16px; min-height: 24px; color: var(--mat-sys-on-surface-variant); text-decoration: none;
      border-bottom: 3px solid transparent; font-weight: 500;
    }
    .views__link:hover { color: var(--mat-sys-on-surface); }
    .views__link--active { color: var(--mat-sys-primary); border-bottom-color: var(--mat-sys-primary); }
    .views__link:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: -2px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsPageComponent {
  protected readonly views = VIEWS;
  private readonly filters = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map(filtersFromParams)), { initialValue: {} as AnalyticsFilterQuery });
  /** Switching view keeps the filters, not the previous view's own settings. */
  protected readonly linkParams = computed(() => setParams({ ...this.filters() }));
}
