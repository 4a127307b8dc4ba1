// A platform fuse reader adds string copies of register values to a module-level Set of serials.
import type { platform } from '@bindsafe/kernel';

export const serials = new Set<string>();

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly serial: string }> = {
  name: 'held8-fuse-strings',
  idTable: [{ compatible: 'acme,efuse' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const serial = [io.read32(0), io.read32(4)].map((word) => word.toString(16).padStart(8, '0')).join('');
    serials.add(serial);
    return { io, serial };
  },
};
