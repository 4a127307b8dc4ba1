/** Adds a key to a blocklist set. */
export function mark(set: Set<string>, key: string): void {
  set.add(key);
}
