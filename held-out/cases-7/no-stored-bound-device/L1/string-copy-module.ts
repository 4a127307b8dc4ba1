// A platform RTC copies its device name and a register value into module state; only strings and numbers leave.
import type { platform } from '@bindsafe/kernel';

export const lastProbe: { name: string; epoch: number } = { name: '', epoch: 0 };
const seenNames = new Set<string>();

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-rtc-copy',
  idTable: [{ compatible: 'vendor,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const { name } = pdev;
    const epoch = io.read32(0x00);
    lastProbe.name = `${name}`;
    lastProbe.epoch = epoch;
    seenNames.add(name);
    return { io };
  },
};
