import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ProgrammeDto } from '@ex-pulse/contracts';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { programmeName, questionPhrase, targetKey, timingPhrases, triggerPhrase } from './programme-format';
import { ProgrammesApiService } from './programmes-api.service';

/** /programmes — every survey programme, what it asks and when, with pause / resume. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-programme-list-page',
  imports: [LoadingBarComponent, MatButtonModule, MatTableModule, RouterLink, TranslocoPipe],
  templateUrl: './programme-list-page.component.html',
  styleUrl: './programme-list-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeListPageComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly columns = ['name', 'target', 'trigger', 'questions', 'timing', 'invitations', 'status'];
  private readonly programmes = signal<ProgrammeDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  /** The programme being paused or resumed. */
  protected readonly busyId = signal<string | null>(null);
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.programmes().map((p) => ({
      programme: p,
      name: programmeName(p, lang),
      target: targetKey(p.targetPhase),
      trigger: triggerPhrase(p),
      questions: p.questions.map((q) => questionPhrase(q, lang)),
      timing: timingPhrases(p),
    }));
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.list().subscribe({
      next: (list) => {
        this.loading.set(false);
        this.programmes.set(list);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }

  /** Pause an active programme or resume a paused one; the row shows what the API returns. */
  protected toggleActive(p: ProgrammeDto): void {
    if (this.busyId()) return;
    this.busyId.set(p.id);
    this.error.set(null);
    this.api.setActive(p.id, !p.active).subscribe({
      next: (updated) => {
        this.busyId.set(null);
        this.programmes.update((list) => list.map((x) => (x.id === updated.id ? updated : x)));
      },
      error: (err: unknown) => {
        this.busyId.set(null);
        this.error.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }
}
