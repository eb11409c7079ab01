/**
 * Values computed from data that carries a revision number, kept per key while the revision
 * stays the same. At most `capacity` keys; the least recently used goes first.
 */
export class KeptByRevision<V> {
  private readonly entries = new Map<string, { revision: string; value: V }>();

  constructor(private readonly capacity: number) {}

  /** The value kept for `key` at this revision, if any. */
  get(key: string, revision: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.revision !== revision) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, revision: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
