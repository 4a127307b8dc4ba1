// History helpers for the trace driver: trim keeps only the newest entries, in place.
export function trimHistory(history: string[], keep = 4): string[] {
  return history.splice(0, Math.max(0, history.length - keep));
}

export function lastEntry(history: readonly string[]): string | undefined {
  return history.at(-1);
}
