// probe caches the IoMem in a Symbol-keyed slot of its id-table entry's info object (a parameter's field, which lives as long as the module). [class 6]
import type { devres, platform } from '@bindsafe/kernel';

const lastWindow = Symbol('lastWindow');

interface SocInfo {
  readonly fifoDepth: number;
  [lastWindow]?: platform.IoMem;
}

const rk3568: SocInfo = { fifoDepth: 64 };
const rk3588: SocInfo = { fifoDepth: 128 };

export const uartDriver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem>; readonly depth: number }, SocInfo> = {
  name: 'held-uart',
  idTable: [
    { compatible: 'rockchip,rk3568-uart', info: rk3568 },
    { compatible: 'rockchip,rk3588-uart', info: rk3588 },
  ],
  probe(pdev, info) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    io.write32(0x7, 0x08);
    if (info !== undefined) info[lastWindow] = io; // expect: bindsafe/no-stored-bound-device
    return { mem, depth: info?.fifoDepth ?? 16 };
  },
};
