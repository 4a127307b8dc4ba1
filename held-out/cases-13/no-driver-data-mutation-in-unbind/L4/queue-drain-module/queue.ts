/** Moves every item of `src` to the end of `dst` (both are changed). */
export function drainInto<T>(src: T[], dst: T[]): number {
  const moved = src.splice(0);
  dst.push(...moved);
  return moved.length;
}
