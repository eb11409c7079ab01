import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AnalyticsOverview } from '@ex-pulse/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { signed } from '../../dashboard/enps-format';
import { periodLabel } from '../analytics-format';

/** The change against the previous period, called significant only beyond z·√(SE₁² + SE₂²), z = Φ⁻¹(0.975) (the API decides). */
@Component({
  selector: 'exp-enps-change',
  imports: [TranslocoPipe],
  template: `
    @let change = overview().change;
    @if (change) {
      <p class="change" data-testid="enps-change" [class.change--significant]="change.significant">
        <strong>{{ 'analytics.change.delta' | transloco: { delta: delta(), previous: previousName() } }}</strong>
        —
        {{ (change.significant ? 'analytics.change.significant' : 'analytics.change.withinMargin') | transloco: { threshold: threshold() } }}
      </p>
    } @else {
      <p class="change muted" data-testid="enps-change">{{ 'analytics.change.none' | transloco: { previous: previousName() } }}</p>
    }
  `,
  styles: `
    .change { margin: 12px 0 0; }
    .change--significant strong { color: var(--mat-sys-primary); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnpsChangeComponent {
  readonly overview = input.required<AnalyticsOverview>();

  private readonly language = inject(LanguageService);
  protected readonly previousName = computed(() => periodLabel(this.overview().previousPeriod.key, this.language.current()));
  protected readonly delta = computed(() => signed(this.overview().change?.delta ?? 0));
  protected readonly threshold = computed(() => Math.round(this.overview().change?.threshold ?? 0));
}
