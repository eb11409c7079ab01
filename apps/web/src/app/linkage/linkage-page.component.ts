import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { loadFromQuery, navigateQuery } from '../analytics/query-load';
import { LanguageService } from '../core/i18n/language.service';
import { monthLabel } from '../dashboard/enps-format';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { LinkageApiService } from './linkage-api.service';
import { LinkageControlsComponent } from './linkage-controls.component';
import { LinkageCorrelationsComponent } from './linkage-correlations.component';
import { LinkageParams, linkageFromParams, linkageKey, linkageUrlChanges } from './linkage-query';
import { LinkageQuadrantsComponent } from './linkage-quadrants.component';
import { LinkageScatterComponent } from './linkage-scatter.component';
import { LinkageUnitsTableComponent } from './linkage-units-table.component';

const DEFAULTS: LinkageParams = { from: null, to: null, metric: 'nps', lag: 0 };

/** /linkage?from=YYYY-MM&to=YYYY-MM&metric=nps|csat|ces|cx_index&lag=0..3 — employee scores beside customer scores, per unit. */
@Component({
  selector: 'exp-linkage-page',
  imports: [
    TranslocoPipe, LoadingBarComponent, LinkageControlsComponent, LinkageScatterComponent, LinkageQuadrantsComponent,
    LinkageCorrelationsComponent, LinkageUnitsTableComponent,
  ],
  templateUrl: './linkage-page.component.html',
  styleUrl: './linkage-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkagePageComponent {
  private readonly router = inject(Router);
  private readonly api = inject(LinkageApiService);
  private readonly language = inject(LanguageService);

  protected readonly linkage = loadFromQuery(linkageFromParams, linkageKey, (q) => this.api.linkage(q));
  protected readonly query = computed(() => this.linkage.query() ?? DEFAULTS);
  /** The controls show the URL's choice, or the API's default window once it is known. */
  protected readonly shownFrom = computed(() => this.query().from ?? this.linkage.data()?.from ?? '');
  protected readonly shownTo = computed(() => this.query().to ?? this.linkage.data()?.to ?? '');
  protected readonly window = computed(() => {
    const data = this.linkage.data();
    if (!data) return null;
    const lang = this.language.current();
    return { from: monthLabel(data.from, lang), to: monthLabel(data.to, lang) };
  });
  protected readonly placed = computed(() => this.linkage.data()?.units.some((u) => u.quadrant !== null) ?? false);

  protected choose(change: Partial<LinkageParams>): void {
    void navigateQuery(this.router, linkageUrlChanges(change));
  }
}
