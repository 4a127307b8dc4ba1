// probe records its IoMem through a generic helper of another module (`remember<T extends pci.Bar | platform.IoMem>`), which keeps it in a module Map.
import type { devres, platform } from '@bindsafe/kernel';
import { remember } from './windows.js';

export const ispDriver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem>; readonly version: number }> = {
  name: 'held-isp',
  idTable: [{ compatible: 'rockchip,rk3399-isp' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = remember('isp0', mem.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    const version = io.read32(0x0);
    return { mem, version };
  },
};
