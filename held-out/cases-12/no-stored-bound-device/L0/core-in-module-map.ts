// A sensor hub indexes probed devices by name in a module-level Map for a sysfs-like lookup [class 2]
import type { device, platform } from '@bindsafe/kernel';

const byName = new Map<string, device.Device<device.Core>>();

export const hubDriver: platform.Driver<{ readonly label: string }> = {
  name: 'sensor-hub',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    byName.set(pdev.name, pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    pdev.asRef().info('hub up');
    return { label: pdev.compatible };
  },
};

export function lookup(name: string): string | undefined {
  return byName.get(name)?.name;
}
