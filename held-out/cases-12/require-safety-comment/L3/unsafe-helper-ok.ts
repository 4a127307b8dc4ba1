// A PCI TPM's destructor calls a same-file helper that is itself @unsafe, justified at the call. [class 3, class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

/**
 * Cancels the command in flight.
 *
 * @unsafe `dev` must be bound to this driver for the whole call.
 */
function cancelCommand(dev: device.Device, regs: devres.Devres<pci.Bar>): void {
  // SAFETY: our own contract: the caller guarantees the binding.
  regs.access(dev.unsafeAsBound()).write8(0x40, 0x18);
}

export class TpmData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    const dev = this.pdev.asRef();
    // SAFETY: the destructor runs during unbind, before the device is unbound.
    cancelCommand(dev, this.regs);
    console.log('tpm: command cancelled');
  }
}
