// A reset path chosen by a switch over a const-enum mode calls unsafeAsBound in one arm without a SAFETY comment.
import type { pci } from '@bindsafe/kernel';

export const enum ResetMode { Soft, Hard }

export class ResetService {
  constructor(private readonly pdev: pci.Device) {}

  report(mode: ResetMode): void {
    switch (mode) {
      case ResetMode.Soft:
        // SAFETY: report() is only called from the driver's own unbind, while the device is bound.
        this.pdev.asRef().unsafeAsBound().info('soft reset');
        break;
      case ResetMode.Hard:
        this.pdev.asRef().unsafeAsBound().info('hard reset'); // expect: bindsafe/require-safety-comment
        break;
    }
  }
}
