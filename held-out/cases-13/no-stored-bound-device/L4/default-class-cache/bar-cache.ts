// A process-wide cache of mapped BARs, exported as the module's default class.
import type { pci } from '@bindsafe/kernel';

export default class BarCache {
  static readonly #all = new Map<string, pci.Bar>();
  static put(key: string, bar: pci.Bar): void {
    BarCache.#all.set(key, bar);
  }
  static get(key: string): pci.Bar | undefined {
    return BarCache.#all.get(key);
  }
}
