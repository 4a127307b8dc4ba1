// A PCI crypto card reports its queues through a static @unsafe helper, called inside an inline object literal argument. [class 7]
import type { device, pci } from '@bindsafe/kernel';

export abstract class CryptoQueues {
  /** @unsafe The caller must guarantee `dev` is bound for the duration of the call. */
  static boundLabel(dev: device.Device): string {
    // SAFETY: the caller of this @unsafe function guarantees the binding.
    return dev.unsafeAsBound().name;
  }

  abstract readonly depth: number;

  report(pdev: pci.Device, sink: (line: { label: string; depth: number }) => void): void {
    sink({ label: CryptoQueues.boundLabel(pdev.asRef()), depth: this.depth }); // expect: bindsafe/require-safety-comment
  }
}
