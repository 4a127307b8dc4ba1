// A platform charger logs a delayed banner from a timer closure that captures only a copied string.
import type { platform } from '@bindsafe/kernel';

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly banner: NodeJS.Timeout }> = {
  name: 'held8-charger-copy',
  idTable: [{ compatible: 'acme,charger' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const name = pdev.name;
    const limit = io.read32(0x10);
    const banner = setTimeout(() => console.log(`${name}: limit ${limit} mA`), 500);
    return { io, banner };
  },
};
