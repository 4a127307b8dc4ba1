// A synchronous visitor: calls fn for every tag during the call and keeps nothing.
export function eachTag<T>(tags: readonly string[], fn: (tag: string, index: number) => T): T[] {
  const out: T[] = [];
  for (const [i, tag] of tags.entries()) out.push(fn(tag, i));
  return out;
}

export default function labelOf(name: string, revision: number): string {
  return `${name}@r${revision}`;
}
