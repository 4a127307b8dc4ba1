// A platform SPI controller keeps its Devres<IoMem> container in a module list through a helper: containers are storable.
import type { devres, platform } from '@bindsafe/kernel';

const retained: devres.Devres<platform.IoMem>[] = [];

function retain<T extends devres.Devres<platform.IoMem>>(res: T): T {
  retained.push(res);
  return res;
}

export const driver: platform.Driver<{ readonly regs: devres.Devres<platform.IoMem> }> = {
  name: 'held9-spi-retain',
  idTable: [{ compatible: 'acme,spi' }],
  probe(pdev) {
    const regs = retain(pdev.iomapResource(0));
    return { regs };
  },
};
