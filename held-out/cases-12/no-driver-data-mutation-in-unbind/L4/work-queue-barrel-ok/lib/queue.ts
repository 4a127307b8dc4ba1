// Work-queue helpers: purge empties a pending list, snapshot copies it.
export interface WorkItem {
  readonly id: number;
  readonly kind: 'flush' | 'scrub';
}

export function purge(items: WorkItem[]): WorkItem[] {
  return items.splice(0, items.length);
}

export function snapshot(items: readonly WorkItem[]): WorkItem[] {
  return [...items];
}
