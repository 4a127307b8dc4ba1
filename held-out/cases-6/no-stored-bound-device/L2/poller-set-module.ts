// A hwmon driver registers a poll closure that reads its Bar in a module Set<() => void>.
import type { pci } from '@bindsafe/kernel';

const pollers = new Set<() => void>();
let lastReading = 0;

export function pollAll(): void {
  for (const poll of pollers) poll();
}

export const driver: pci.Driver<{ readonly sensors: number }> = {
  name: 'held-hwmon-set',
  idTable: [{ vendor: 0x1022, device: 0x1450 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'hwmon').access(pdev.asRef());
    pollers.add(() => { // expect: bindsafe/no-stored-bound-device
      lastReading = bar.read32(0x20);
    });
    return { sensors: bar.read32(0x00) };
  },
};
