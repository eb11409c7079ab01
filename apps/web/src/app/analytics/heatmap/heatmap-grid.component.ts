import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AnalyticsHeatmap, DriverLabel, HeatmapCell, HeatmapKind } from '@ex-pulse/contracts';
import { DRIVER_LABELS, isDriver } from '@ex-pulse/domain';
import { LanguageService } from '../../core/i18n/language.service';
import { inTreeOrder, signed } from '../../dashboard/enps-format';
import { HEAT_SCALE, heatColour, mean } from '../analytics-format';

export interface GridCell {
  column: string;
  /** The value as shown ("+12", "3.4"), or null when withheld or empty. */
  text: string | null;
  /** Everything a reader needs: value, n and interval, or why it is withheld. */
  detail: string;
  withheld: HeatmapCell['withheld'];
  background: string | null;
  color: string | null;
  /** A driver that is a priority or a strength of the row's unit (What matters most). */
  marker: DriverLabel | null;
}

/** The marks of priorities and strengths, by row key and driver. */
export type DriverMarkers = ReadonlyMap<string, ReadonlyMap<string, DriverLabel>>;

export const MARKER_SYMBOLS: Record<DriverLabel, string> = { priority: '▼', strength: '▲' };

/**
 * Departments (tree order, indented) × phases or drivers. Colours diverge around the neutral middle
 * (eNPS 0, agreement 3); every cell also says its value, n and interval in text, so the table is
 * the accessible form. Withheld cells are hatched and say why, never 0.
 */
@Component({
  selector: 'exp-heatmap-grid',
  imports: [TranslocoPipe],
  templateUrl: './heatmap-grid.component.html',
  styleUrl: './heatmap-grid.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatmapGridComponent {
  readonly heatmap = input.required<AnalyticsHeatmap>();
  /** Priorities and strengths to mark (driver heatmaps). */
  readonly markers = input<DriverMarkers>(new Map());
  protected readonly symbols = MARKER_SYMBOLS;

  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly kind = computed<HeatmapKind>(() => this.heatmap().by);
  protected readonly columns = computed(() => {
    const lang = this.language.current();
    return this.heatmap().columns.map((c) => ({ key: c.key, label: this.columnName(c.key, c.label, lang) }));
  });
  protected readonly scale = computed(() => {
    const { min, mid, max } = HEAT_SCALE[this.kind()];
    const format = (v: number) => this.format(v);
    return { min: format(min), mid: format(mid), max: format(max) };
  });
  protected readonly rows = computed(() => {
    const { k } = this.heatmap();
    const lang = this.language.current();
    const columns = this.columns();
    const markers = this.markers();
    return inTreeOrder(this.heatmap().rows).map((row) => ({
      key: row.key,
      label: row.label,
      depth: row.depth,
      cells: columns.map((column) =>
        this.cell(row.label, column, row.cells.find((c) => c.column === column.key), k, lang, markers.get(row.key)?.get(column.key) ?? null),
      ),
    }));
  });

  private cell(
    rowLabel: string, column: { key: string; label: string }, cell: HeatmapCell | undefined, k: number, lang: string, marker: DriverLabel | null,
  ): GridCell {
    const where = `${rowLabel} × ${column.label}`;
    if (cell?.withheld) {
      const reason = this.transloco.translate(`enps.withheld.${cell.withheld}`, { k }, lang);
      return { column: column.key, text: null, detail: `${where}: ${reason}`, withheld: cell.withheld, background: null, color: null, marker: null };
    }
    if (!cell || cell.value === null) {
      const none = this.transloco.translate('analytics.heatmap.noAnswers', {}, lang);
      return { column: column.key, text: null, detail: `${where}: ${none}`, withheld: null, background: null, color: null, marker: null };
    }
    const value = this.format(cell.value);
    const ci = cell.ciLow !== null && cell.ciHigh !== null
      ? ` ${this.transloco.translate('enps.ci', { low: this.format(cell.ciLow), high: this.format(cell.ciHigh) }, lang)}`
      : '';
    const { background, color } = heatColour(cell.value, this.kind());
    const marked = marker ? ` — ${this.transloco.translate(`analytics.priorities.marker.${marker}`, {}, lang)}` : '';
    const census = cell.census ? ` — ${this.transloco.translate('enps.census', {}, lang)}` : '';
    return { column: column.key, text: value, detail: `${where}: ${value}${ci}, n = ${cell.n}${census}${marked}`, withheld: null, background, color, marker };
  }

  private format(value: number): string {
    return this.kind() === 'phase' ? signed(value) : mean(value, this.language.current());
  }

  private columnName(key: string, fallback: string, lang: string): string {
    if (this.kind() === 'driver') return isDriver(key) ? DRIVER_LABELS[key][lang === 'et' ? 'et' : 'en'] : fallback;
    const name = this.transloco.translate(`phase.${key}`, {}, lang);
    return name && name !== `phase.${key}` ? name : fallback;
  }
}
