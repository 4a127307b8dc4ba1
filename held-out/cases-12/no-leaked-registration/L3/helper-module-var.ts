// A platform power controller registers its hwmon child through a helper that keeps it only in a module variable. [class 6]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

let hwmon: auxiliary.Registration | null = null;

function exposeHwmon(parent: device.Device<device.Bound>): string {
  hwmon = auxiliary.Registration.new(parent, 'hwmon', 0, 'pwrctl');
  return hwmon.name;
}

export function hwmonAlive(): boolean {
  return hwmon !== null && !hwmon.dropped;
}

export const pwrctlDriver: platform.Driver<{ readonly hwmonName: string }> = {
  name: 'pwrctl',
  idTable: [{ compatible: 'acme,pwrctl' }],
  probe(pdev) {
    const hwmonName = exposeHwmon(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { hwmonName };
  },
};
