// A class driver collects every child it spawns in a `Set` field on itself; the driver object outlives each binding.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

interface BridgeData {
  readonly lanes: number;
}

export class BridgeDriver implements pci.Driver<BridgeData> {
  readonly name = 'held9-bridge';
  readonly idTable = [{ vendor: 0x1912, device: 0x0015 }];
  readonly spawned = new Set<auxiliary.Registration>();

  probe(pdev: pci.Device<device.Core>): BridgeData {
    this.spawned.add(auxiliary.Registration.new(pdev.asRef(), 'usb-port', 0, 'held9_bridge')); // expect: bindsafe/no-leaked-registration
    return { lanes: 4 };
  }
}

export const bridgeDriver = new BridgeDriver();
