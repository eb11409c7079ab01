import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PROGRAMME_TARGETS, TRIGGER_KINDS } from '@ex-pulse/domain';
import { ProgrammeDto, ProgrammeQuestion } from '@ex-pulse/contracts';
import { EMPTY, catchError, map, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { LanguageService } from '../core/i18n/language.service';
import { fillForm, firstQuestion, programmeForm, toProgrammeInput } from './programme-form';
import { programmeName, targetKey } from './programme-format';
import { ProgrammePreviewComponent } from './programme-preview.component';
import { ProgrammeQuestionsComponent } from './programme-questions.component';
import { errorPhrase, groupPhrases } from './programme-rules';
import { ProgrammesApiService } from './programmes-api.service';

/** /programmes/new and /programmes/:id — create or edit a programme; an existing one can be previewed. */
import { LoadingBarComponent } from '../shared/loading-bar.component';

@Component({
  selector: 'exp-programme-form-page',
  imports: [
    LoadingBarComponent,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule,
    MatSelectModule, TranslocoPipe, ProgrammeQuestionsComponent, ProgrammePreviewComponent,
  ],
  templateUrl: './programme-form-page.component.html',
  styleUrl: './programme-form-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeFormPageComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = programmeForm();
  protected readonly c = this.form.controls;
  protected readonly targets = PROGRAMME_TARGETS;
  protected readonly triggers = TRIGGER_KINDS;
  protected readonly targetKey = targetKey;
  protected readonly errorPhrase = errorPhrase;

  /** The saved programme being edited; null for a new one. */
  protected readonly programme = signal<ProgrammeDto | null>(null);
  protected readonly first = signal<ProgrammeQuestion>({ kind: 'enps' });
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly serverError = signal<string | null>(null);
  /** Save was pressed with problems the browser can see. */
  protected readonly blocked = signal(false);
  protected readonly crossFieldProblems = signal(groupPhrases(null));
  protected readonly title = computed(() => {
    const p = this.programme();
    return p ? programmeName(p, this.language.current()) : null;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id')),
        tap(() => this.loadError.set(null)),
        switchMap((id) => {
          if (!id) return EMPTY;
          this.loading.set(true);
          return this.api.get(id).pipe(
            catchError((err: unknown) => {
              this.loading.set(false);
              this.loadError.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((p) => {
        this.loading.set(false);
        this.programme.set(p);
        this.first.set(firstQuestion(p.questions));
        fillForm(this.form, p);
      });
    this.form.statusChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.blocked()) this.crossFieldProblems.set(groupPhrases(this.form.errors));
    });
  }

  protected save(): void {
    if (this.saving()) return;
    this.serverError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.blocked.set(true);
      this.crossFieldProblems.set(groupPhrases(this.form.errors));
      afterNextRender(() => this.focusFirstProblem(), { injector: this.injector });
      return;
    }
    this.blocked.set(false);
    this.saving.set(true);
    const input = toProgrammeInput(this.form, this.first());
    const existing = this.programme();
    (existing ? this.api.update(existing.id, input) : this.api.create(input)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        const name = programmeName(saved, this.language.current());
        this.snackBar.open(this.transloco.translate('programmes.form.saved', { name }), undefined, { duration: 4000 });
        void this.router.navigateByUrl('/programmes');
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.serverError.set(apiErrorMessage(err, this.transloco.translate('common.networkError')));
      },
    });
  }

  /** The first marked field, or the messages under the form when the problem spans fields. */
  private focusFirstProblem(): void {
    const root = this.host.nativeElement;
    const field = root.querySelector<HTMLElement>('form input.ng-invalid, form mat-select.ng-invalid');
    if (field) field.focus();
    else root.querySelector('.problems')?.scrollIntoView?.({ block: 'center' });
  }
}
