// A sensor hub indexes probed devices by name with copied ids and a Normal handle [class 2]
import type { device, platform } from '@bindsafe/kernel';

interface Entry {
  readonly compatible: string;
  readonly handle: platform.Device<device.Normal>;
}

const byName = new Map<string, Entry>();

export const hubDriver: platform.Driver<{ readonly label: string }> = {
  name: 'sensor-hub-ok',
  idTable: [{ compatible: 'acme,sensor-hub' }],
  probe(pdev) {
    byName.set(pdev.name, { compatible: pdev.compatible, handle: pdev.toNormal() });
    pdev.asRef().info('hub up');
    return { label: pdev.compatible };
  },
};

export const lookup = (name: string): string | undefined => byName.get(name)?.handle.name;
