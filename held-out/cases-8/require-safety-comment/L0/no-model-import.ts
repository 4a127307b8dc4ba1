// A ring-buffer utility that does not import the model carries a SAFETY comment above plain code: code without the model has no findings.
export class ByteRing {
  readonly #buf: Uint8Array;
  #head = 0;
  #tail = 0;

  constructor(capacity = 256) {
    this.#buf = new Uint8Array(capacity);
  }

  push(byte: number): boolean {
    const next = (this.#head + 1) % this.#buf.length;
    if (next === this.#tail) return false;
    // SAFETY: `next` was reduced modulo the capacity, so the index is in range.
    this.#buf[this.#head] = byte & 0xff;
    this.#head = next;
    return true;
  }

  shift(): number | undefined {
    if (this.#tail === this.#head) return undefined;
    const byte = this.#buf[this.#tail];
    this.#tail = (this.#tail + 1) % this.#buf.length;
    return byte;
  }
}
