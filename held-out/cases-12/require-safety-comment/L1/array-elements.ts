// A multi-function PCI card collects a bound view of each function for a shutdown broadcast; only the first element is justified. [class 6]
import type { device, pci } from '@bindsafe/kernel';

function broadcast(targets: readonly device.Device<device.Bound>[], message: string): void {
  for (const target of targets) target.info(message);
}

export class CardData implements Disposable {
  constructor(
    readonly fn0: pci.Device,
    readonly fn1: pci.Device,
  ) {}

  [Symbol.dispose](): void {
    broadcast(
      [
        // SAFETY: function 0 owns this driver data and is bound while it is dropped.
        this.fn0.asRef().unsafeAsBound(),
        this.fn1.asRef().unsafeAsBound(), // expect: bindsafe/require-safety-comment
      ],
      'card going down',
    );
  }
}
