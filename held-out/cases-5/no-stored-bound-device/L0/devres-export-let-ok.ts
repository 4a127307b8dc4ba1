// The same expander done right: the exported module `let` keeps the Devres<IoMem> container, read fallibly with tryAccessWith.
import type { devres, platform } from '@bindsafe/kernel';

const GPIO_DATA = 0x00;
const GPIO_DIR = 0x04;

export let expanderRegs: devres.Devres<platform.IoMem> | undefined;

interface ExpanderData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly lines: number;
}

export const gpioExpanderDriver: platform.Driver<ExpanderData> = {
  name: 'held-gpio-expander-ok',
  idTable: [{ compatible: 'ti,tca6408-mmio' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(0x0000, GPIO_DIR);
    expanderRegs = mem;
    return { mem, lines: 8 };
  },
};

export function readLines(): number {
  return expanderRegs?.tryAccessWith((io) => io.read32(GPIO_DATA)) ?? 0;
}
