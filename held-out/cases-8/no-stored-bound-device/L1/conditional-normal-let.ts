// A PCI sound card keeps the last device in a module variable as a Device<Normal> handle, chosen by a conditional.
import type { device, pci } from '@bindsafe/kernel';

let lastSeen: pci.Device<device.Normal> | undefined;
const verbose = process.env['SND_VERBOSE'] === '1';

export function lastName(): string {
  return lastSeen?.name ?? '(none)';
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-snd-normal',
  idTable: [{ vendor: 0x1102, device: 0x0012 }],
  probe(pdev) {
    lastSeen = verbose ? pdev.toNormal() : undefined;
    return { bar: pdev.iomapRegion(0, 'snd').access(pdev.asRef()) };
  },
};
