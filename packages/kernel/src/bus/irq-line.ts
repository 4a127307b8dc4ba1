import type { DeviceView } from '../device/view.js';
import { checkBound } from '../device/view.js';
import type { ManagedResource } from '../device/resource-list.js';
import { KernelError } from '../errors/kernel-error.js';

/**
 * An IRQ handler installed on a line of a device for one binding (`request_irq` through devres):
 * it runs when the simulator raises the line, until it is freed, which happens when its owner
 * disposes it, when the driver data that owns it is dropped, or at the latest at devres release.
 *
 * Invariants: installed iff not yet freed; freed exactly once.
 */
export class IrqLine {
  readonly label: string;
  readonly #resource: ManagedResource;

  constructor(view: DeviceView, what: string, line: number, count: number, name: string, handler: () => void) {
    const binding = checkBound(view, what);
    const node = view.node;
    if (!Number.isInteger(line) || line < 0 || line >= count) {
      throw new KernelError('EINVAL', `${what}: ${node.label} has no IRQ ${line} (it has ${count})`);
    }
    if (node.irqs.has(line)) throw new KernelError('EBUSY', `${what}: IRQ ${line} of ${node.label} is already requested`);
    node.irqs.set(line, { name, handler });
    this.label = `IRQ ${line} (${name}) of ${node.label}`;
    this.#resource = binding.resources.add(this.label, () => {
      node.irqs.delete(line);
    });
  }

  get freed(): boolean {
    return this.#resource.released;
  }

  /** Frees the line (`free_irq`); idempotent. */
  free(): Promise<void> {
    return this.#resource.release();
  }
}
