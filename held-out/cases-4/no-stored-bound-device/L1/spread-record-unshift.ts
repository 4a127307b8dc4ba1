// A probe record built with object spread carries the IoMem; the record is unshifted onto a module-level history ring. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface ProbeRecord {
  readonly name: string;
  readonly at: number;
  readonly io?: platform.IoMem;
}

const history: ProbeRecord[] = [];

export const i2cDriver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem> }> = {
  name: 'held-i2c',
  idTable: [{ compatible: 'snps,designware-i2c' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    io.write32(0, 0x6c);
    const base = { name: pdev.name, at: Date.now() };
    const record = { ...base, io };
    history.unshift(record); // expect: bindsafe/no-stored-bound-device
    if (history.length > 8) history.pop();
    return { mem };
  },
};

export function recentProbes(): string[] {
  return history.map((r) => `${r.name}@${r.at}`);
}
