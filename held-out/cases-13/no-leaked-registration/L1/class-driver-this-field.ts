// A class driver keeps every child it makes in a private field of the long-lived driver object. [class 6]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class SensorHubDriver implements pci.Driver<{ readonly hubId: number }> {
  readonly name = 'sensor-hub';
  readonly idTable = [{ vendor: 0x8086, device: 0x9d35 }];
  #children: auxiliary.Registration[] = [];
  #nextId = 0;

  probe(pdev: pci.Device<device.Core>) {
    const hubId = this.#nextId++;
    this.#children = [...this.#children, auxiliary.Registration.new(pdev.asRef(), 'sensors', hubId, 'ish')]; // expect: bindsafe/no-leaked-registration
    return { hubId };
  }

  get liveChildren(): number {
    return this.#children.length;
  }
}

export const sensorHub = new SensorHubDriver();
