// Makes a pruned copy of a line-state Map: the copy is mutated, the argument is not.
export function prunedCopy(lines: ReadonlyMap<number, boolean>, ...drop: number[]): Map<number, boolean> {
  const copy = new Map(lines);
  for (const line of drop) copy.delete(line);
  copy.set(-1, false);
  return copy;
}
