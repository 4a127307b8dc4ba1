/** Tunables helpers: reading one, and removing one in place. */
export function readTunable(rec: Readonly<Record<string, number>>, key: string, fallback = 0): number {
  return rec[key] ?? fallback;
}

export function dropTunable(rec: Record<string, number>, key: string): void {
  delete rec[key];
}
