// A same-file identity helper validates an IoMem and returns it; probe puts the result straight into the driver data.
import { errors } from '@bindsafe/kernel';
import type { devres, platform } from '@bindsafe/kernel';

function expectId(io: platform.IoMem, id: number): platform.IoMem {
  const found = io.read32(0xfe0) & 0xff;
  if (found !== id) throw new errors.KernelError('ENODEV', `unexpected peripheral id ${found}`);
  return io;
}

interface KmiData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly io: platform.IoMem;
}

export const kmiDriver: platform.Driver<KmiData> = {
  name: 'held-pl050-kmi',
  idTable: [{ compatible: 'arm,pl050' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    return { mem, io: expectId(mem.access(pdev.asRef()), 0x50) };
  },
};
