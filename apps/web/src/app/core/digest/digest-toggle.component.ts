import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DigestPreferences, Language, UpdateDigestPreferences } from '@ex-pulse/contracts';

/**
 * The signed-in user's weekly digest, on or off, and the language it is written in (GET/PUT
 * /api/digest/preferences; app_user.language, English unless chosen); hidden until known.
 */
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
      <select
        class="digest digest__language"
        data-testid="digest-language"
        [attr.aria-label]="'digest.language' | transloco"
        [title]="'digest.language' | transloco"
        [disabled]="saving()"
        (change)="choose($event)"
      >
        @for (option of languages; track option.lang) {
          <option [value]="option.lang" [selected]="p.language === option.lang" [attr.lang]="option.lang">{{ option.name }}</option>
        }
      </select>
    }
  `,
  styles: `
    .digest { min-height: 36px; padding: 0 10px; border: 1px solid var(--mat-sys-outline); border-radius: 999px;
      background: transparent; color: inherit; font: inherit; cursor: pointer; }
    .digest[aria-checked='true'] { background: var(--mat-sys-secondary-container); }
    .digest__language { margin-left: 6px; padding: 0 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DigestToggleComponent {
  private readonly http = inject(HttpClient);
  protected readonly preferences = signal<DigestPreferences | null>(null);
  protected readonly saving = signal(false);
  /** Each language named in itself, as the page's EN / ET switch does. */
  protected readonly languages: { lang: Language; name: string }[] = [
    { lang: 'en', name: 'English' },
    { lang: 'et', name: 'Eesti keel' },
  ];

  constructor() {
    this.http.get<DigestPreferences>('/api/digest/preferences').subscribe({ next: (p) => this.preferences.set(p), error: () => undefined });
  }

  protected toggle(p: DigestPreferences): void {
    this.save({ weeklyDigest: !p.weeklyDigest });
  }

  protected choose(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const stored = this.preferences()?.language;
    const language = select.value as Language;
    // Not saved: the select shows what is stored again.
    if (stored && language !== stored) this.save({ language }, () => (select.value = stored));
  }

  private save(change: UpdateDigestPreferences, undo: () => void = () => undefined): void {
    this.saving.set(true);
    this.http.put<DigestPreferences>('/api/digest/preferences', change).subscribe({
      next: (saved) => (this.preferences.set(saved), this.saving.set(false)),
      error: () => (undo(), this.saving.set(false)),
    });
  }
}
