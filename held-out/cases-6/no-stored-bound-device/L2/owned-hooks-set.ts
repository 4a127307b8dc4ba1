// A GPIO driver keeps interrupt hooks (closures over its IoMem) in a Set the driver data owns.
import type { platform } from '@bindsafe/kernel';

interface GpioData {
  readonly io: platform.IoMem;
  readonly hooks: Set<(line: number) => void>;
}

export const driver: platform.Driver<GpioData> = {
  name: 'held-gpio-hooks',
  idTable: [{ compatible: 'vendor,gpio-irq' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const hooks = new Set<(line: number) => void>();
    hooks.add((line) => io.write32(1 << line, 0x18));
    hooks.add((line) => io.write32(0, 0x1c + line * 4));
    return { io, hooks };
  },
};
