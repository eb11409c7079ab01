import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DepartmentDto, DepartmentInput } from '@ex-pulse/contracts';
import { Observable } from 'rxjs';
import { apiErrorMessage } from '../core/http/api-error';
import { departmentOptions } from '../employees/department-options';
import { LoadingBarComponent } from '../shared/loading-bar.component';
import { DepartmentFormComponent } from './department-form.component';
import { DepartmentsApiService } from './departments-api.service';

/** What the form is open for: a new department (maybe under a parent), or one to change. */
type Editing = { kind: 'new'; parentId: string | null } | { kind: 'edit'; department: DepartmentDto };

/** A row of the tree: the department and how deep it sits. */
export interface TreeRow {
  department: DepartmentDto;
  depth: number;
}

/**
 * /departments (admins): the tree, with create, rename, move (a new parent), the customer-facing
 * and internal-provider flags, and delete; when the API refuses (a move under its own subtree, a
 * department that still holds people), its message shows where the person acted.
 */
@Component({
  selector: 'exp-departments-page',
  imports: [LoadingBarComponent, MatButtonModule, TranslocoPipe, DepartmentFormComponent],
  templateUrl: './departments-page.component.html',
  styleUrl: './departments-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentsPageComponent {
  private readonly api = inject(DepartmentsApiService);
  private readonly transloco = inject(TranslocoService);

  protected readonly departments = signal<DepartmentDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly editing = signal<Editing | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  /** A refused delete: which row, and the API's reason. */
  protected readonly deleteError = signal<{ id: string; message: string } | null>(null);
  protected readonly rows = computed<TreeRow[]>(() => {
    const byId = new Map(this.departments().map((d) => [d.id, d]));
    return departmentOptions(this.departments()).map((o) => ({ department: byId.get(o.id)!, depth: o.depth }));
  });
  protected readonly editedDepartment = computed(() => {
    const e = this.editing();
    return e?.kind === 'edit' ? e.department : null;
  });
  protected readonly newParentId = computed(() => {
    const e = this.editing();
    return e?.kind === 'new' ? e.parentId : null;
  });

  constructor() {
    this.load();
  }

  protected openNew(parentId: string | null = null): void {
    this.formError.set(null);
    this.editing.set({ kind: 'new', parentId });
  }

  protected openEdit(department: DepartmentDto): void {
    this.formError.set(null);
    this.editing.set({ kind: 'edit', department });
  }

  protected close(): void {
    this.editing.set(null);
    this.formError.set(null);
  }

  protected save(input: DepartmentInput): void {
    const editing = this.editing();
    if (!editing) return;
    const call: Observable<DepartmentDto> =
      editing.kind === 'edit' ? this.api.update(editing.department.id, input) : this.api.create(input);
    this.saving.set(true);
    this.formError.set(null);
    call.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.load();
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.formError.set(this.message(err));
      },
    });
  }

  protected remove(department: DepartmentDto): void {
    this.deleteError.set(null);
    this.api.remove(department.id).subscribe({
      next: () => {
        if (this.editedDepartment()?.id === department.id) this.close();
        this.load();
      },
      error: (err: unknown) => this.deleteError.set({ id: department.id, message: this.message(err) }),
    });
  }

  private load(): void {
    this.loading.set(true);
    this.api.list().subscribe({
      next: (list) => {
        this.loading.set(false);
        this.loadError.set(null);
        this.departments.set(list);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(this.message(err));
      },
    });
  }

  private message(err: unknown): string {
    return apiErrorMessage(err, this.transloco.translate('common.networkError'));
  }
}
