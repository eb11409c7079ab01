import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsFilterQuery, AnalyticsPriorities, DriverLabel, HeatmapKind } from '@ex-pulse/contracts';
import { of } from 'rxjs';
import { LoadingBarComponent } from '../../shared/loading-bar.component';
import { AnalyticsApiService } from '../analytics-api.service';
import { SegmentKey, exportUrl, filtersFromParams, filtersKey, segmentOf } from '../analytics-filters';
import { correlation } from '../analytics-format';
import { ExportLinkComponent } from '../export-link.component';
import { loadFromQuery, navigateQuery } from '../query-load';
import { ScopeLineComponent } from '../scope-line.component';
import { LanguageService } from '../../core/i18n/language.service';
import { DriverMarkers, HeatmapGridComponent } from './heatmap-grid.component';

interface HeatmapQuery {
  filters: AnalyticsFilterQuery;
  by: HeatmapKind;
  /** Levels of departments below the selection; 2 unless the URL asks for more. */
  depth: number;
}

/** Levels the page offers; the API allows 1–6. */
const DEPTHS = [2, 3, 4] as const;
const DEFAULT_DEPTH = 2;

function kindOf(params: ParamMap): HeatmapKind {
  return params.get('by') === 'driver' ? 'driver' : 'phase';
}

/**
 * The segment filter the heatmap leaves out. Its columns are one segment already (the phases, or the
 * drivers), so another segment on top would cross two (the API refuses it). By phase, a phase filter
 * is fine: it picks one column.
 */
function leftOutSegment(filters: AnalyticsFilterQuery, by: HeatmapKind): SegmentKey | null {
  const segment = segmentOf(filters);
  if (segment === null || (by === 'phase' && segment === 'phase')) return null;
  return segment;
}

function heatmapQuery(params: ParamMap): HeatmapQuery {
  const depth = Number(params.get('depth'));
  const by = kindOf(params);
  const filters = filtersFromParams(params);
  const excluded = leftOutSegment(filters, by);
  if (excluded) delete filters[excluded];
  return { filters, by, depth: (DEPTHS as readonly number[]).includes(depth) ? depth : DEFAULT_DEPTH };
}

/** Each row's priorities and strengths, for marking the driver heatmap's cells. */
function markersOf(p: AnalyticsPriorities | null): DriverMarkers {
  const out = new Map<string, Map<string, DriverLabel>>();
  for (const unit of p?.units ?? []) {
    for (const d of unit.drivers) if (d.label) out.set(unit.key, (out.get(unit.key) ?? new Map()).set(d.driver, d.label));
  }
  return out;
}

/** The view's own parameters, as they go to the API and into the URL (defaults left out). */
function viewParams(q: HeatmapQuery): Record<string, string | number> {
  return { by: q.by, ...(q.depth !== DEFAULT_DEPTH ? { depth: q.depth } : {}) };
}

/**
 * /dashboard/heatmap?by=phase|driver: departments × phases (eNPS) or × drivers (mean agreement).
 * A segment filter other than a phase filter by phase is not sent (nor put in the CSV link) and a
 * hint says so; it stays in the URL, so the filter bar and the other views keep it.
 */
@Component({
  selector: 'exp-heatmap-page',
  imports: [MatButtonToggleModule, TranslocoPipe, LoadingBarComponent, ExportLinkComponent, ScopeLineComponent, HeatmapGridComponent],
  template: `
    <exp-loading-bar class="progress" [active]="heatmap.loading()" />
    <p class="visually-hidden" aria-live="polite">{{ heatmap.loading() ? ('common.loading' | transloco) : '' }}</p>
    <section class="card" aria-labelledby="heatmap-title">
      <div class="card__head">
        <h2 id="heatmap-title">{{ 'analytics.heatmap.title' | transloco }}</h2>
        <mat-button-toggle-group [value]="by()" (change)="setBy($event.value)" [attr.aria-label]="'analytics.heatmap.by' | transloco" hideSingleSelectionIndicator>
          <mat-button-toggle value="phase" data-testid="heatmap-by-phase">{{ 'analytics.heatmap.byPhase' | transloco }}</mat-button-toggle>
          <mat-button-toggle value="driver" data-testid="heatmap-by-driver">{{ 'analytics.heatmap.byDriver' | transloco }}</mat-button-toggle>
        </mat-button-toggle-group>
        <mat-button-toggle-group [value]="depth()" (change)="setDepth($event.value)" [attr.aria-label]="'analytics.heatmap.levels' | transloco" hideSingleSelectionIndicator>
          @for (d of depths; track d) {
            <mat-button-toggle [value]="d" [attr.data-testid]="'heatmap-depth-' + d">{{ 'analytics.heatmap.levelsN' | transloco: { n: d } }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        @if (csv(); as href) { <exp-export-link [href]="href" /> }
      </div>
      <p class="muted note segment-hint" role="status" data-testid="heatmap-segment-hint">
        @if (leftOut(); as segment) {
          {{ 'analytics.filters.oneSegment' | transloco }}
          {{ 'analytics.filters.notAppliedByPhase' | transloco: { filter: ('analytics.filters.' + segment | transloco) } }}
        }
      </p>
      @if (heatmap.error(); as error) {
        <p class="error-text" role="alert">{{ error }}</p>
      }
      @if (heatmap.data(); as h) {
        <exp-scope-line [period]="h.period" />
        <p class="muted note">{{ 'analytics.heatmap.note.' + h.by | transloco: { k: h.k } }}</p>
        <exp-heatmap-grid [heatmap]="h" [markers]="markers()" />
        @if (h.by === 'driver' && priorityRules(); as rules) {
          <p class="muted note marker-note" data-testid="heatmap-priorities-note">{{ 'analytics.priorities.heatmapLegend' | transloco: rules }}</p>
        }
      }
    </section>
  `,
  styleUrl: '../analytics-view.scss',
  styles: `.segment-hint:empty { display: none; } .marker-note { margin-top: 8px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatmapPageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(AnalyticsApiService);

  protected readonly depths = DEPTHS;
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap);
  /** Read from the URL itself: the loaded query ignores a change of the left-out filter (no reload). */
  protected readonly leftOut = computed(() => {
    const params = this.params();
    return params ? leftOutSegment(filtersFromParams(params), kindOf(params)) : null;
  });
  protected readonly heatmap = loadFromQuery(heatmapQuery, (q) => filtersKey(q.filters, viewParams(q)), (q) => this.api.heatmap(q.filters, q.by, q.depth));
  /** By driver, the same rows' priorities and strengths (What matters most), to mark their cells. */
  private readonly priorities = loadFromQuery(heatmapQuery, (q) => filtersKey(q.filters, viewParams(q)), (q) =>
    q.by === 'driver' ? this.api.priorities(q.filters, q.depth) : of(null),
  );
  private readonly language = inject(LanguageService);
  protected readonly markers = computed(() => markersOf(this.heatmap.query()?.by === 'driver' ? this.priorities.data() : null));
  protected readonly priorityRules = computed(() => {
    const rules = this.priorities.data()?.rules;
    const lang = this.language.current();
    return rules ? { minR: correlation(rules.minR, lang), minRLow: correlation(rules.minRLow, lang) } : null;
  });
  protected readonly by = computed<HeatmapKind>(() => this.heatmap.query()?.by ?? 'phase');
  protected readonly depth = computed(() => this.heatmap.query()?.depth ?? DEFAULT_DEPTH);
  protected readonly csv = computed(() => {
    const query = this.heatmap.query();
    return query ? exportUrl('heatmap', query.filters, viewParams(query)) : null;
  });

  protected setDepth(depth: number): void {
    void navigateQuery(this.router, { depth: depth === DEFAULT_DEPTH ? null : String(depth) });
  }

  protected setBy(by: HeatmapKind): void {
    void navigateQuery(this.router, { by: by === 'driver' ? 'driver' : null });
  }
}
