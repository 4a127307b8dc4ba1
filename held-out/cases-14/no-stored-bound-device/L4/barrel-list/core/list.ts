// Intrusive-list style helpers over plain arrays.
export function list_add<T>(head: T[], node: T): number {
  head.push(node);
  return head.length;
}

export function list_empty<T>(head: readonly T[]): boolean {
  return head.length === 0;
}
