export type Stats = { readonly unbinds: number; readonly resets: number; readonly perQueue: ReadonlyMap<number, number> };

/** A one-line summary; reads only. */
export function summarize(stats: Stats): string {
  const busiest = [...stats.perQueue.entries()].reduce<[number, number]>((b, e) => (e[1] > b[1] ? e : b), [-1, -1]);
  return `unbinds=${stats.unbinds} resets=${stats.resets} busiest=q${busiest[0]}`;
}
