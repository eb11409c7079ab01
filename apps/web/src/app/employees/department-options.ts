import { DepartmentDto } from '@ex-pulse/contracts';

export interface DepartmentOption {
  id: string;
  name: string;
  depth: number;
}

/** Departments as a tree-ordered, indented list for a select; siblings by name. */
export function departmentOptions(departments: readonly DepartmentDto[]): DepartmentOption[] {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | null, DepartmentDto[]>();
  for (const dept of departments) {
    const parent = dept.parentId !== null && ids.has(dept.parentId) ? dept.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), dept]);
  }
  const options: DepartmentOption[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number): void => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const dept of siblings) {
      if (seen.has(dept.id)) continue;
      seen.add(dept.id);
      options.push({ id: dept.id, name: dept.name, depth });
      visit(dept.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}
