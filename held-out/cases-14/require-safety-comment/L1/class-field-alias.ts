// A PCI FPGA manager keeps its @unsafe helper in a class field (`trust = boundLabel`) and calls it through `this`. [class 7]
import type { device, pci } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound during the call. */
export function boundLabel(dev: device.Device, suffix = ''): string {
  // SAFETY: the caller of this @unsafe function guarantees the binding.
  return `${dev.unsafeAsBound().name}${suffix}`;
}

export class FpgaData implements Disposable {
  readonly trust = boundLabel;
  #regions: string[] = [];

  constructor(readonly pdev: pci.Device) {}

  load = (region: string): number => this.#regions.push(region);

  [Symbol.dispose](): void {
    const msg = this.trust(this.pdev.asRef(), `: ${this.#regions.length} regions`); // expect: bindsafe/require-safety-comment
    this.pdev.asRef().toNormal().info(msg);
  }
}
