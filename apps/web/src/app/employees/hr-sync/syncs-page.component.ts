import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CreatedApiKey, EmployeeSyncDto } from '@ex-pulse/contracts';
import { apiErrorBody, apiErrorMessage } from '../../core/http/api-error';
import { HrSyncApiService } from './hr-sync-api.service';

/**
 * /employees/syncs (admins): every list the HR system sent, with its report; a held one (the
 * safety stop) is confirmed or discarded here. Also where HR makes the HR system's key.
 */
@Component({
  selector: 'exp-syncs-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslocoPipe],
  templateUrl: './syncs-page.component.html',
  styleUrl: './column-mapping-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SyncsPageComponent implements OnInit {
  private readonly api = inject(HrSyncApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly syncs = signal<EmployeeSyncDto[]>([]);
  protected readonly open = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly keyName = signal('');
  protected readonly createdKey = signal<CreatedApiKey | null>(null);

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    this.api.syncs().subscribe({ next: (syncs) => this.syncs.set(syncs), error: (err) => this.fail(err) });
  }

  protected toggle(id: string): void {
    this.open.set(this.open() === id ? null : id);
  }

  protected decide(sync: EmployeeSyncDto, decision: 'confirm' | 'discard'): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const request = decision === 'confirm' ? this.api.confirm(sync.id) : this.api.discard(sync.id);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.reload();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        // A confirmation that failed is kept as failed: show it with its report.
        if (apiErrorBody(err)?.['sync']) this.reload();
        this.fail(err);
      },
    });
  }

  protected createKey(): void {
    const name = this.keyName().trim();
    if (!name || this.busy()) return;
    this.busy.set(true);
    this.api.createSyncKey(name).subscribe({
      next: (key) => {
        this.busy.set(false);
        this.createdKey.set(key);
        this.keyName.set('');
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.fail(err);
      },
    });
  }

  protected onKeyName(event: Event): void {
    this.keyName.set((event.target as HTMLInputElement).value);
  }

  private fail(err: unknown): void {
    this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
  }
}
