// A process-wide cache of BAR Devres containers, exported as the module's default class.
import type { devres, pci } from '@bindsafe/kernel';

export default class RegsCache {
  static readonly #all = new Map<string, devres.Devres<pci.Bar>>();
  static put(key: string, regs: devres.Devres<pci.Bar>): void {
    RegsCache.#all.set(key, regs);
  }
  static status(key: string): number | undefined {
    return RegsCache.#all.get(key)?.tryAccessWith((bar) => bar.read8(0x00));
  }
}
