// A class driver keeps the registration on `this`: the driver object outlives every binding.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

export class CoreDriver implements pci.Driver<{ readonly id: number }> {
  readonly name = 'held-nlr-this';
  readonly idTable = [{ vendor: 0x10de, device: 0x3008 }];
  child: auxiliary.Registration | undefined;

  probe(pdev: pci.Device<device.Core>): { readonly id: number } {
    this.child = auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 3, 'held_core'); // expect: bindsafe/no-leaked-registration
    return { id: pdev.deviceId };
  }
}
