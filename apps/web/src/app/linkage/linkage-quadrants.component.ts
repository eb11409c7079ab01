import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsLinkage, Quadrant } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { averageValue } from './linkage-format';

/** Laid out as on the scatter: high customer scores on top, high eNPS on the right. */
const LAYOUT: readonly Quadrant[] = ['low_ex_high_cx', 'high_ex_high_cx', 'low_ex_low_cx', 'high_ex_low_cx'];

/** The four boxes of high/low employee and customer scores, each listing its units; high and low split at the median unit. */
@Component({
  selector: 'exp-linkage-quadrants',
  imports: [TranslocoPipe],
  template: `
    @let l = linkage();
    @if (split(); as s) {
      <p class="muted note" data-testid="quadrant-note">
        {{ 'linkage.quadrants.note' | transloco: { ex: s.ex, measure: ('linkage.measure.' + l.metric | transloco), cx: s.cx } }}
      </p>
    }
    <div class="quadrants">
      @for (box of boxes(); track box.quadrant) {
        <section class="box" [class]="'box--' + box.quadrant" [attr.data-testid]="'quadrant-' + box.quadrant" [attr.aria-labelledby]="'q-' + box.quadrant">
          <h3 [id]="'q-' + box.quadrant">{{ 'linkage.quadrants.' + box.quadrant + '.title' | transloco }}</h3>
          <p class="box__hint">{{ 'linkage.quadrants.' + box.quadrant + '.hint' | transloco }}</p>
          <ul>
            @for (u of box.units; track u.key) {
              <li [attr.data-unit]="u.key">
                <span class="box__name">{{ u.label }}</span>
                <span class="box__values">{{ 'linkage.quadrants.values' | transloco: { ex: u.ex, metric: ('linkage.metric.' + l.metric | transloco), cx: u.cx } }}</span>
              </li>
            } @empty {
              <li class="muted">{{ 'linkage.quadrants.none' | transloco }}</li>
            }
          </ul>
        </section>
      }
    </div>
    @if (unplaced().length > 0) {
      <p class="muted note unplaced" data-testid="quadrant-unplaced">{{ 'linkage.quadrants.unplaced' | transloco: { names: unplaced() } }}</p>
    }
  `,
  styles: `
    .note { font-size: .875rem; margin: 0 0 12px; }
    .quadrants { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
    .box { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 10px 12px; background: var(--mat-sys-surface-container-low); }
    .box--high_ex_high_cx { border-color: #1f5fa8; background: rgba(33, 102, 172, .07); }
    .box--low_ex_low_cx { border-color: #b35806; background: rgba(179, 88, 6, .07); }
    .box h3 { font-size: .9375rem; margin: 0; }
    .box__hint { font-size: .8125rem; margin: 0 0 6px; color: var(--mat-sys-on-surface-variant); font-style: italic; }
    .box ul { list-style: none; margin: 0; padding: 0; font-size: .875rem; }
    .box li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 8px; padding: 3px 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    .box li:first-child { border-top: 0; }
    .box__name { font-weight: 500; }
    .box__values { white-space: nowrap; font-variant-numeric: tabular-nums; color: var(--mat-sys-on-surface-variant); }
    .unplaced { margin-top: 8px; }
    @media (max-width: 599px) { .quadrants { grid-template-columns: 1fr; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkageQuadrantsComponent {
  readonly linkage = input.required<AnalyticsLinkage>();
  private readonly language = inject(LanguageService);

  protected readonly split = computed(() => {
    const { exSplit, cxSplit, metric } = this.linkage();
    const lang = this.language.current();
    return exSplit === null || cxSplit === null ? null : { ex: averageValue(exSplit, 'enps', lang), cx: averageValue(cxSplit, metric, lang) };
  });
  /** Each box's units, best customer score first. */
  protected readonly boxes = computed(() => {
    const { units, metric } = this.linkage();
    const lang = this.language.current();
    return LAYOUT.map((quadrant) => ({
      quadrant,
      units: units
        .filter((u) => u.quadrant === quadrant)
        .sort((a, b) => b.cx! - a.cx! || a.label.localeCompare(b.label))
        .map((u) => ({ key: u.key, label: u.label, ex: averageValue(u.ex!, 'enps', lang), cx: averageValue(u.cx!, metric, lang) })),
    }));
  });
  protected readonly unplaced = computed(() =>
    this.linkage().units.filter((u) => u.quadrant === null).map((u) => u.label).sort((a, b) => a.localeCompare(b)).join(', '),
  );
}
