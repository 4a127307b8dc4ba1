// A class-based PCI driver keeps the probe's Device<Core> in a private instance field of the driver object.
import type { device, pci } from '@bindsafe/kernel';

interface SensorData {
  readonly serial: number;
}

class SensorDriver implements pci.Driver<SensorData> {
  readonly name = 'held9-sensor-class';
  readonly idTable = [{ vendor: 0x1d6a, device: 0x0001 }];
  private current?: pci.Device<device.Core>;

  probe(pdev: pci.Device<device.Core>): SensorData {
    this.current = pdev; // expect: bindsafe/no-stored-bound-device
    return { serial: pdev.revision };
  }
}

export const driver = new SensorDriver();
