import { IrqLine } from '../bus/irq-line.js';
import { registerDroppable } from '../lifetime/kernel-objects.js';

let make: (line: IrqLine) => IrqRegistration;

/**
 * A requested PCI interrupt (Rust `irq::Registration`): its handler may run until the
 * registration is disposed. Keep it in the driver data, declared before the `Bar` its handler
 * uses, so that it is freed first; it is freed at unbind at the latest.
 *
 * Invariants: the handler is installed until the first disposal; disposal is idempotent.
 */
export class IrqRegistration implements Disposable {
  readonly #line: IrqLine;

  private constructor(line: IrqLine) {
    this.#line = line;
    registerDroppable(this, () => line.free());
  }

  static {
    make = (line) => new IrqRegistration(line);
  }

  /** Whether the handler has been freed. */
  get freed(): boolean {
    return this.#line.freed;
  }

  /** Frees the IRQ (`free_irq`). */
  [Symbol.dispose](): void {
    void this.#line.free();
  }
}

export function makeIrqRegistration(line: IrqLine): IrqRegistration {
  return make(line);
}
