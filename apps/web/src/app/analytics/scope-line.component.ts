import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ResolvedPeriod } from '@ex-pulse/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { dayRange, periodLabel } from './analytics-format';

/** What a view was computed over: "Q4 2026 (1 Oct – 31 Dec)". */
@Component({
  selector: 'exp-scope-line',
  imports: [TranslocoPipe],
  template: `<p class="muted scope" data-testid="scope">{{ textKey() | transloco: { period: name(), range: range() } }}</p>`,
  styles: `.scope { margin: 0 0 12px; font-size: .875rem; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScopeLineComponent {
  readonly period = input.required<ResolvedPeriod>();
  /** "pooled" for the phase report's pooling window. */
  readonly kind = input<'period' | 'pooled'>('period');

  private readonly language = inject(LanguageService);
  protected readonly textKey = computed(() => `analytics.scope.${this.kind()}`);
  protected readonly name = computed(() => periodLabel(this.period().key, this.language.current()));
  protected readonly range = computed(() => dayRange(this.period().from, this.period().to, this.language.current()));
}
