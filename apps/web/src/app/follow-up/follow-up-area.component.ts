import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, IsActiveMatchOptions, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';

const ANY_QUERY = { queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' } as const;

/** Closing the loop: the queue and the action plans, a link each; switching keeps the unit. */
@Component({
  selector: 'exp-follow-up-area',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    <div class="page">
      <header>
        <h1>{{ 'followUp.title' | transloco }}</h1>
        <p class="muted">{{ 'followUp.intro' | transloco }}</p>
      </header>
      <nav class="views" [attr.aria-label]="'followUp.views' | transloco">
        <a class="views__link" routerLink="/follow-up" [queryParams]="{ unit: unit() }" [routerLinkActiveOptions]="queueOnly"
          routerLinkActive="views__link--active" ariaCurrentWhenActive="page" data-testid="view-queue">{{ 'followUp.queue.title' | transloco }}</a>
        <a class="views__link" routerLink="/follow-up/plans" [queryParams]="{ unit: unit() }" [routerLinkActiveOptions]="plansAndBelow"
          routerLinkActive="views__link--active" ariaCurrentWhenActive="page" data-testid="view-plans">{{ 'actionPlans.title' | transloco }}</a>
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    h1 { font-size: 1.75rem; margin: 0 0 4px; }
    .views { display: flex; flex-wrap: wrap; gap: 4px; margin: 12px 0 16px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .views__link {
      padding: 10px 16px; color: var(--mat-sys-on-surface-variant); text-decoration: none;
      border-bottom: 3px solid transparent; font-weight: 500;
    }
    .views__link:hover { color: var(--mat-sys-on-surface); }
    .views__link--active { color: var(--mat-sys-primary); border-bottom-color: var(--mat-sys-primary); }
    .views__link:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: -2px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpAreaComponent {
  protected readonly unit = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((p) => p.get('unit'))), { initialValue: null });
  protected readonly queueOnly: IsActiveMatchOptions = { paths: 'exact', ...ANY_QUERY };
  protected readonly plansAndBelow: IsActiveMatchOptions = { paths: 'subset', ...ANY_QUERY };
}
