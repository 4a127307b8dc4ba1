// Per-channel reader closures made with Array.prototype.map capture the IoMem and are kept in a module-level table. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

const CHANNELS = [0x00, 0x04, 0x08, 0x0c] as const;

let readers: ReadonlyArray<() => number> = [];

export const thermalDriver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem> }> = {
  name: 'held-thermal',
  idTable: [{ compatible: 'qcom,tsens-v2' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    io.write32(1, 0x40);
    readers = CHANNELS.map((off) => () => io.read32(off)); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};

export function readAll(): number[] {
  return readers.map((read) => read());
}
