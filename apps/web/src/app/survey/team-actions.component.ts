import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SurveyTeamAction } from '@ex-pulse/contracts';

/**
 * "You said, we did": what the employee's unit is doing with the answers, as its plans' owners chose
 * to show it (title and status). The texts around them are ours, in the page's language; the titles
 * are the plan owner's own words.
 */
@Component({
  selector: 'exp-team-actions',
  imports: [TranslocoPipe],
  template: `
    @if (actions().length) {
      <section class="team" [attr.aria-labelledby]="'team-actions-' + place()" data-testid="team-actions">
        <h2 class="team__title" [id]="'team-actions-' + place()">{{ 'survey.teamActions.' + place() + '.title' | transloco }}</h2>
        <p class="team__intro">{{ 'survey.teamActions.' + place() + '.intro' | transloco }}</p>
        <ul class="team__list">
          @for (action of actions(); track $index) {
            <li class="team__action">
              <span class="team__status team__status--{{ action.status }}">{{ 'survey.teamActions.status.' + action.status | transloco }}</span>
              <span class="team__text">{{ action.title }}</span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .team { margin: 24px 0 0; padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .team__title { font-size: 1.125rem; margin: 0 0 4px; }
    .team__intro { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); font-size: .9375rem; }
    .team__list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .team__action { display: flex; gap: 10px; align-items: baseline; }
    .team__status {
      flex: none; font-size: .8125rem; font-weight: 600; padding: 2px 8px; border-radius: 10px;
      background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container);
    }
    .team__status--done { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .team__text { overflow-wrap: anywhere; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamActionsComponent {
  readonly actions = input.required<readonly SurveyTeamAction[]>();
  /** At the end of the pulse ("Since the last pulse, your team…") or on the thank-you page ("You said, we did"). */
  readonly place = input<'pulse' | 'thanks'>('pulse');
}
