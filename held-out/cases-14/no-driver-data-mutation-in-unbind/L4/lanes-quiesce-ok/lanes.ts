export class Lane {
  #errors = 0;
  #trained = true;
  constructor(readonly index: number) {}
  get errors(): number {
    return this.#errors;
  }
  get trained(): boolean {
    return this.#trained;
  }
  noteError(): void {
    this.#errors++;
  }
  untrain(): void {
    this.#trained = false;
  }
}

export function quiesceAll(lanes: Iterable<Lane>): number {
  let n = 0;
  for (const lane of lanes) {
    lane.untrain();
    n++;
  }
  return n;
}
