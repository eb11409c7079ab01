import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiKeyDto, CreatedApiKey } from '@ex-pulse/contracts';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { formatInstant } from '../shared/format-instant';
import { CustomerScoresApiService } from './customer-scores-api.service';

/** API keys for CX tools: create (the key is shown once), list, revoke after a confirmation. */
@Component({
  selector: 'exp-api-keys-panel',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  templateUrl: './api-keys-panel.component.html',
  styleUrl: './api-keys-panel.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeysPanelComponent {
  private readonly api = inject(CustomerScoresApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly keys = signal<ApiKeyDto[]>([]);
  protected readonly name = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The key just created: its secret is on screen until the panel is left or the key dismissed. */
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly copied = signal(false);
  /** The key whose revocation waits for a confirmation. */
  protected readonly confirming = signal<ApiKeyDto | null>(null);

  constructor() {
    this.load();
  }

  protected when(iso: string | null): string {
    return iso ? formatInstant(iso, this.language.current()) : '–';
  }

  protected create(): void {
    const name = this.name().trim();
    if (!name || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.createApiKey(name).subscribe({
      next: (key) => {
        this.busy.set(false);
        this.created.set(key);
        this.copied.set(false);
        this.name.set('');
        this.load();
      },
      error: (err: unknown) => this.fail(err),
    });
  }

  protected async copy(key: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(key);
      this.copied.set(true);
    } catch {
      this.copied.set(false);
    }
  }

  protected revoke(key: ApiKeyDto): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.revokeApiKey(key.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(null);
        if (this.created()?.id === key.id) this.created.set(null);
        this.load();
      },
      error: (err: unknown) => this.fail(err),
    });
  }

  private load(): void {
    this.api.apiKeys().subscribe({
      next: (keys) => this.keys.set(keys),
      error: (err: unknown) => this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError'))),
    });
  }

  private fail(err: unknown): void {
    this.busy.set(false);
    this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
  }
}
