// A helper creates a child and forgets it; the finding is at the call in probe.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function spawnDisplay(dev: device.Device<device.Bound>): void {
  const child = auxiliary.Registration.new(dev, 'display', 0, 'held_core');
  dev.info(`spawned ${child.name}`);
}

export const driver: pci.Driver<{ readonly id: number }> = {
  name: 'held-nlr-l3-forget',
  idTable: [{ vendor: 0x10de, device: 0x3030 }],
  probe(pdev) {
    spawnDisplay(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { id: pdev.deviceId };
  },
};
