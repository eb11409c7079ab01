import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { InternalProvidersOverview } from '@ex-pulse/contracts';
import { apiErrorMessage } from '../core/http/api-error';
import { InternalServiceApiService } from './internal-service-api.service';

/** HR's panel: the internal providers each department uses (the API checks the rules and answers 400). */
@Component({
  selector: 'exp-provider-setup',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslocoPipe],
  template: `
    <section class="card" aria-labelledby="provider-setup-title">
      <h2 id="provider-setup-title">{{ 'internalService.setup.title' | transloco }}</h2>
      <p class="muted">{{ 'internalService.setup.intro' | transloco }}</p>
      @if (overview(); as o) {
        @if (o.providers.length === 0) {
          <p>{{ 'internalService.setup.noneFlagged' | transloco }}</p>
        } @else {
          <table class="setup">
            <thead>
              <tr>
                <th scope="col">{{ 'internalService.setup.department' | transloco }}</th>
                <th scope="col">{{ 'internalService.setup.providers' | transloco }}</th>
                <th scope="col"><span class="visually-hidden">{{ 'internalService.setup.save' | transloco }}</span></th>
              </tr>
            </thead>
            <tbody>
              @for (d of o.departments; track d.id) {
                <tr>
                  <th scope="row">{{ d.name }}</th>
                  <td>
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-select
                        multiple
                        [attr.aria-label]="('internalService.setup.providers' | transloco) + ': ' + d.name"
                        [value]="chosen()[d.id] ?? d.providerIds"
                        (valueChange)="choose(d.id, $event)"
                      >
                        @for (p of o.providers; track p.id) {
                          @if (p.id !== d.id) {
                            <mat-option [value]="p.id">{{ p.name }}</mat-option>
                          }
                        }
                      </mat-select>
                    </mat-form-field>
                  </td>
                  <td>
                    <button mat-stroked-button type="button" [disabled]="!chosen()[d.id] || saving() === d.id" (click)="save(d.id)">
                      {{ 'internalService.setup.save' | transloco }}
                    </button>
                    @if (saved() === d.id) {
                      <span class="muted" role="status">{{ 'internalService.setup.saved' | transloco }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      <p class="error" role="alert">{{ error() }}</p>
    </section>
  `,
  styles: `
    .setup { width: 100%; border-collapse: collapse; }
    .setup th, .setup td { text-align: left; padding: 4px 8px; vertical-align: middle; }
    mat-form-field { min-width: 260px; }
    .error { color: var(--mat-sys-error, #b3261e); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProviderSetupComponent {
  private readonly api = inject(InternalServiceApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly overview = signal<InternalProvidersOverview | null>(null);
  /** Unsaved choices per department. */
  protected readonly chosen = signal<Readonly<Partial<Record<string, string[]>>>>({});
  protected readonly saving = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly hasProviders = computed(() => (this.overview()?.providers.length ?? 0) > 0);

  constructor() {
    this.api
      .providers()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (o) => this.overview.set(o),
        error: (err: unknown) => this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError'))),
      });
  }

  protected choose(departmentId: string, providerIds: string[]): void {
    this.chosen.set({ ...this.chosen(), [departmentId]: providerIds });
    this.saved.set(null);
  }

  protected save(departmentId: string): void {
    const providerIds = this.chosen()[departmentId];
    if (!providerIds) return;
    this.saving.set(departmentId);
    this.error.set(null);
    this.api.setProviders(departmentId, providerIds).subscribe({
      next: (updated) => {
        const o = this.overview();
        if (o) this.overview.set({ ...o, departments: o.departments.map((d) => (d.id === updated.id ? updated : d)) });
        const { [departmentId]: _, ...rest } = this.chosen();
        this.chosen.set(rest);
        this.saving.set(null);
        this.saved.set(departmentId);
      },
      error: (err: unknown) => {
        this.saving.set(null);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }
}
