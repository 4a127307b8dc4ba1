// Lane children are pushed from a forEach callback into a module-level list of "active lanes". [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const activeLanes: auxiliary.Registration[] = [];

export function activeLaneNames(): string[] {
  return activeLanes.map((l) => l.name);
}

export const serdesDriver: pci.Driver<{ readonly lanes: number }, { lanes: number }> = {
  name: 'serdes',
  idTable: [{ vendor: 0x1d0f, device: 0x0ec2, info: { lanes: 4 } }],
  probe(pdev, info) {
    const lanes = Array.from({ length: info?.lanes ?? 1 }, (_, i) => i);
    lanes.forEach((lane) => activeLanes.push(auxiliary.Registration.new(pdev.asRef(), 'lane', lane, 'serdes'))); // expect: bindsafe/no-leaked-registration
    return { lanes: lanes.length };
  },
};
