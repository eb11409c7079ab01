import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EnpsCell } from '@ex-pulse/contracts';
import { SharePipe } from './enps-format.pipes';

interface SplitPart {
  key: 'promoters' | 'passives' | 'detractors';
  count: number;
  share: number;
}

/** Promoters / passives / detractors as one stacked bar with a readable legend. */
@Component({
  selector: 'exp-enps-split',
  imports: [TranslocoPipe, SharePipe],
  template: `
    @if (parts(); as parts) {
      <div class="bar" aria-hidden="true">
        @for (part of parts; track part.key) {
          <span class="bar__part bar__part--{{ part.key }}" [style.flex-grow]="part.count"></span>
        }
      </div>
      <ul class="legend">
        @for (part of parts; track part.key) {
          <li>
            <span class="swatch bar__part--{{ part.key }}" aria-hidden="true"></span>
            <span class="legend__name">{{ 'enps.split.' + part.key | transloco }}</span>
            <strong>{{ part.share | share }}</strong>
            <span class="muted">({{ part.count }})</span>
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'enps.split.unavailable' | transloco }}</p>
    }
  `,
  styleUrl: './enps-split.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnpsSplitComponent {
  /** Counts per class, as in the contract (n = promoters + passives + detractors). */
  readonly cell = input.required<EnpsCell>();

  protected readonly parts = computed<SplitPart[] | null>(() => {
    const { withheld, promoters, passives, detractors } = this.cell();
    if (withheld || promoters === null || passives === null || detractors === null) return null;
    const total = promoters + passives + detractors;
    if (total === 0) return null;
    return [
      { key: 'promoters', count: promoters, share: promoters / total },
      { key: 'passives', count: passives, share: passives / total },
      { key: 'detractors', count: detractors, share: detractors / total },
    ];
  });
}
