// Power-on self test of a PCI RAID card, run through a temporary diagnostics child.
import { auxiliary, type device } from '@bindsafe/kernel';

export type Verdict = 'pass' | 'degraded' | 'fail';

export function runSelfTest(parent: device.Device<device.Bound>, disks: number): Verdict {
  const diag = auxiliary.Registration.new(parent, 'raid-diag', 0, 'raid_lite');
  switch (disks) {
    case 0:
      return 'fail';
    case 1:
      void diag.drop();
      return 'degraded';
    default:
      void diag.drop();
      return 'pass';
  }
}
