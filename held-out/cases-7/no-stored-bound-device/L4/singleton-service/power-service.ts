// Helper module: a module-level power-management service whose `attach` method keeps each Bar in a #private array.
import type { pci } from '@bindsafe/kernel';

class PowerService {
  readonly #windows: pci.Bar[] = [];

  attach(bar: pci.Bar): void {
    this.#windows.push(bar);
  }

  get attached(): number {
    return this.#windows.length;
  }
}

export const powerService = new PowerService();
