// The GPU's engine object and a teardown helper that halts it through its own method and parks the hardware.
import type { device, devres, pci } from '@bindsafe/kernel';

export class Engine {
  #halted = false;

  /** Serialised with the scheduler: takes the engine lock before changing state. */
  halt(): boolean {
    const was = this.#halted;
    this.#halted = true;
    return !was;
  }
}

export interface Gpu {
  readonly regs: devres.Devres<pci.Bar>;
  readonly engine: Engine;
  readonly doorbells: readonly number[];
}

export function haltAll(data: Readonly<Gpu>, dev: device.Device<device.Bound>): number {
  const bar = data.regs.access(dev);
  for (const bell of data.doorbells) bar.write32(0, bell);
  return data.engine.halt() ? data.doorbells.length : 0;
}
