export class Tally {
  readonly #byName = new Map<string, number>();
  get total(): number {
    let n = 0;
    for (const v of this.#byName.values()) n += v;
    return n;
  }
  record(name: string): void {
    this.#byName.set(name, (this.#byName.get(name) ?? 0) + 1);
  }
}

export function recordAll(tally: Tally, names: Iterable<string>): void {
  for (const name of names) tally.record(name);
}

export function forgetAll(names: Set<string>): void {
  names.clear();
}
