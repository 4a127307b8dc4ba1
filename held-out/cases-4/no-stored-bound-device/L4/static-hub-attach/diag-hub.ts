// A diagnostics hub: a class with a static private Map of register windows, filled by a static method.
import type { pci } from '@bindsafe/kernel';

export class DiagHub {
  static readonly #windows = new Map<string, pci.Bar>();

  static attach(name: string, bar: pci.Bar): void {
    DiagHub.#windows.set(name, bar);
  }

  static peek(name: string, offset: number): number | undefined {
    return DiagHub.#windows.get(name)?.read32(offset);
  }
}
