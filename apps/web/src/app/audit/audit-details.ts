import { AuditEntry } from '@ex-pulse/contracts';

/** An entry's details in one line: "role: manager → leader; fields: location, notice_date; created: 3". */
export function auditDetails(entry: AuditEntry): string {
  return Object.entries(entry.details)
    .map(([key, value]) => `${key}: ${describe(value)}`)
    .join('; ');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return value.map(describe).join(', ');
  if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
    const change = value as { from: unknown; to: unknown };
    return `${describe(change.from)} → ${describe(change.to)}`;
  }
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
