import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DigestPreferences } from '@ex-pulse/contracts';

/** The signed-in user's weekly digest, on or off (GET/PUT /api/digest/preferences); hidden until known. */
@Component({
  selector: 'exp-digest-toggle',
  imports: [TranslocoPipe],
  template: `
    @if (preferences(); as p) {
      <button
        type="button"
        class="digest"
        role="switch"
        data-testid="digest-toggle"
        [attr.aria-checked]="p.weeklyDigest"
        [disabled]="saving()"
        (click)="toggle(p)"
      >
        {{ (p.weeklyDigest ? 'digest.on' : 'digest.off') | transloco }}
      </button>
    }
  `,
  styles: `
    .digest { min-height: 36px; padding: 0 10px; border: 1px solid var(--mat-sys-outline); border-radius: 999px;
      background: transparent; color: inherit; font: inherit; cursor: pointer; }
    .digest[aria-checked='true'] { background: var(--mat-sys-secondary-container); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DigestToggleComponent {
  private readonly http = inject(HttpClient);
  protected readonly preferences = signal<DigestPreferences | null>(null);
  protected readonly saving = signal(false);

  constructor() {
    this.http.get<DigestPreferences>('/api/digest/preferences').subscribe({ next: (p) => this.preferences.set(p), error: () => undefined });
  }

  protected toggle(p: DigestPreferences): void {
    this.saving.set(true);
    this.http.put<DigestPreferences>('/api/digest/preferences', { weeklyDigest: !p.weeklyDigest }).subscribe({
      next: (saved) => (this.preferences.set(saved), this.saving.set(false)),
      error: () => this.saving.set(false),
    });
  }
}
