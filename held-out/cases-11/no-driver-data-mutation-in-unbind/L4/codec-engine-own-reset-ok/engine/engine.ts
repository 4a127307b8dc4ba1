// A codec engine whose state only changes through its own methods (it serialises them).
export class CodecEngine {
  readonly #pending: number[] = [];
  #epoch = 0;

  static create(initial: readonly number[] = []): CodecEngine {
    const engine = new CodecEngine();
    engine.#pending.push(...initial);
    return engine;
  }

  reset(): number {
    const n = this.#pending.length;
    this.#pending.length = 0;
    this.#epoch++;
    return n;
  }

  get epoch(): number {
    return this.#epoch;
  }
}
