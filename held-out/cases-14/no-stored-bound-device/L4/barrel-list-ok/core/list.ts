// Intrusive-list style helpers over plain arrays.
export function list_add<T>(head: T[], node: T): number {
  head.push(node);
  return head.length;
}
