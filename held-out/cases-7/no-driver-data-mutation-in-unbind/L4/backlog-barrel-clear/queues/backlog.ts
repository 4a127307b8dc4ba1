// Backlog helpers of a storage controller.
export type Backlog = Map<number, string>;

export function clearBacklog(backlog: Backlog): number {
  const n = backlog.size;
  backlog.clear();
  return n;
}
