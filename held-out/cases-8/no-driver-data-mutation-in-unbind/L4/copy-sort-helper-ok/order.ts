/** Returns the queue ordered by priority; the input is left as it is. */
export interface Job {
  readonly id: string;
  readonly prio: number;
}

export function byPriority(jobs: readonly Job[]): Job[] {
  const copy = jobs.slice();
  copy.sort((a, b) => b.prio - a.prio);
  return copy;
}
