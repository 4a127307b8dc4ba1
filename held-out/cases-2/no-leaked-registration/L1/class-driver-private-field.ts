// A class-based driver keeps the child on its own #field: the driver object outlives every binding. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

export class HubDriver implements pci.Driver<{ readonly ports: number }> {
  readonly name = 'held2-nlr-this';
  readonly idTable = [{ vendor: 0x8086, device: 0x5010 }];
  #child: auxiliary.Registration | undefined;

  probe(pdev: pci.Device<device.Core>): { readonly ports: number } {
    this.#child = auxiliary.Registration.new(pdev.asRef(), 'held2-port', 0, 'held2_hub'); // expect: bindsafe/no-leaked-registration
    return { ports: 1 };
  }
}
