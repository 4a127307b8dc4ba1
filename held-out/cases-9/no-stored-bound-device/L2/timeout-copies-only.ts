// [class 2] A platform fan driver logs from a setTimeout that captures only the device name and a register copy.
import type { platform } from '@bindsafe/kernel';

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held9-fan-copies',
  idTable: [{ compatible: 'acme,fan' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const name = pdev.name;
    const rpm = io.read32(0x08);
    setTimeout(() => console.log(`${name}: ${rpm} rpm at probe`), 1_000);
    return { io };
  },
};
