// A PCI audio codec picks its mixer Bar with `??` between two optional regions and pushes it to a module list.
import type { pci } from '@bindsafe/kernel';

export const mixerWindows: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly streams: number }> = {
  name: 'held-hda-mixer',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    const dedicated = pdev.resourceLen(4) > 0 ? pdev.iomapRegion(4, 'mixer').access(pdev.asRef()) : undefined;
    const shared = pdev.iomapRegion(0, 'hda').access(pdev.asRef());
    const mixer = dedicated ?? shared;
    mixerWindows.push(mixer); // expect: bindsafe/no-stored-bound-device
    return { streams: shared.read16(0x00) & 0x0f };
  },
};
