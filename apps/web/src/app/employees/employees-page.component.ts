import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EmployeeDto, EmployeePage } from '@ex-pulse/contracts';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { BlockedSignInsComponent } from '../auth/blocked-sign-ins.component';
import { AuthService } from '../core/auth/auth.service';
import { apiErrorMessage } from '../core/http/api-error';
import { departmentOptions } from './department-options';
import { EmployeeFormComponent } from './edit/employee-form.component';
import { EmployeeImportComponent } from './employee-import.component';
import { EmployeeTableComponent } from './employee-table.component';
import { EmployeeQuery, EmployeesApiService } from './employees-api.service';
import { TranslatedPaginatorIntl } from './paginator-intl';

export const SEARCH_DEBOUNCE_MS = 300;

import { LoadingBarComponent } from '../shared/loading-bar.component';

/**
 * /employees: the directory (search, department, pages) and, for admins, the CSV import and the
 * sign-in attempts the limits blocked (loaded when that panel opens).
 */
@Component({
  selector: 'exp-employees-page',
  imports: [
    LoadingBarComponent,
    MatButtonModule, MatExpansionModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatSelectModule,
    TranslocoPipe, EmployeeTableComponent, EmployeeImportComponent, BlockedSignInsComponent, RouterLink,
    EmployeeFormComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './employees-page.component.html',
  styleUrl: './employees-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeesPageComponent {
  private readonly api = inject(EmployeesApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly searchInput = new Subject<string>();

  private readonly auth = inject(AuthService);

  /** Importing changes the directory: admins only (the API enforces it too). */
  protected readonly canImport = computed(() => this.auth.user()?.role === 'admin');
  /** The blocked sign-ins: admins only (the API enforces it too). */
  protected readonly canSeeBlockedSignIns = computed(() => this.auth.user()?.role === 'admin');
  protected readonly departments = toSignal(
    this.api.departments().pipe(map(departmentOptions), catchError(() => of([]))),
    { initialValue: [] },
  );
  /** The employee form: open for a new employee ('new') or one of the list; admins only. */
  protected readonly editing = signal<EmployeeDto | 'new' | null>(null);
  protected readonly editedEmployee = computed(() => {
    const e = this.editing();
    return e === 'new' ? null : e;
  });
  protected readonly query = signal<EmployeeQuery>({ search: '', departmentId: '', page: 1, pageSize: 50 });
  protected readonly page = signal<EmployeePage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  /** No one imported yet: open the import panel. */
  protected readonly directoryEmpty = computed(() => {
    const { search, departmentId } = this.query();
    return this.page()?.total === 0 && !search && !departmentId;
  });

  constructor() {
    this.searchInput
      .pipe(map((text) => text.trim()), debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((search) => this.query.update((q) => ({ ...q, search, page: 1 })));

    toObservable(this.query)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((query) =>
          this.api.list(query).pipe(
            map((page) => ({ page, error: null })),
            catchError((err: unknown) => of({ page: null, error: apiErrorMessage(err, this.transloco.translate('common.networkError')) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ page, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (page) this.page.set(page);
      });
  }

  protected onSearch(event: Event): void {
    this.searchInput.next((event.target as HTMLInputElement).value);
  }

  protected onDepartment(departmentId: string): void {
    this.query.update((q) => ({ ...q, departmentId, page: 1 }));
  }

  protected onPage(event: PageEvent): void {
    this.query.update((q) => ({ ...q, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  /** After a save or a delete: close the form and show the directory as it now is. */
  protected closeForm(changed: boolean): void {
    this.editing.set(null);
    if (changed) this.reload();
  }

  /** After an import the directory changed: load the current page again. */
  protected reload(): void {
    this.query.update((q) => ({ ...q }));
  }
}
