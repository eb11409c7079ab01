import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EnpsCell } from '@ex-pulse/contracts';
import { SharePipe, SignedPipe } from './enps-format.pipes';

/**
 * The overall eNPS: "+18 (95% CI +11 to +25), n = 412, response rate 64%", or why it is withheld;
 * when everyone invited answered (a zero-width interval), says that there is no sampling error.
 */
@Component({
  selector: 'exp-enps-headline',
  imports: [TranslocoPipe, SignedPipe, SharePipe],
  template: `
    @let overall = cell();
    @if (overall.withheld) {
      <p class="headline headline--withheld">{{ 'enps.withheld.' + overall.withheld | transloco: { k: k() } }}</p>
    } @else if (overall.enps === null) {
      <p class="headline headline--withheld">{{ 'enps.noResponses' | transloco }}</p>
    } @else {
      <p class="headline">
        <span class="headline__value">{{ overall.enps | signed }}</span>
        <span class="headline__detail">
          {{ 'enps.ci' | transloco: { low: (overall.ciLow | signed), high: (overall.ciHigh | signed) } }},
          n = {{ overall.n }}@if (overall.responseRate !== null) {, {{ 'enps.responseRate' | transloco: { rate: (overall.responseRate | share) } }}}
        </span>
        @if (overall.indicative) {
          <span class="chip chip--indicative">{{ 'analytics.indicative' | transloco }}</span>
        }
      </p>
      @if (overall.census) {
        <p class="census" data-testid="census">{{ 'enps.census' | transloco }}</p>
      }
    }
  `,
  styles: `
    .headline { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; margin: 0; }
    .headline__value { font-size: 3rem; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
    .headline__detail { font-size: 1rem; color: var(--mat-sys-on-surface-variant); }
    .headline--withheld { font-size: 1.125rem; font-style: italic; color: var(--mat-sys-on-surface-variant); }
    .census { margin: 4px 0 0; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnpsHeadlineComponent {
  readonly cell = input.required<EnpsCell>();
  readonly k = input.required<number>();
}
