// A platform GPIO expander keeps the IoMem it mapped in probe in an exported module `let` for a sysfs-style reader.
import type { devres, platform } from '@bindsafe/kernel';

const GPIO_DATA = 0x00;
const GPIO_DIR = 0x04;

export let expanderMem: platform.IoMem | undefined;

interface ExpanderData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly lines: number;
}

export const gpioExpanderDriver: platform.Driver<ExpanderData> = {
  name: 'held-gpio-expander',
  idTable: [{ compatible: 'ti,tca6416-mmio' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    io.write32(0x0000, GPIO_DIR);
    expanderMem = io; // expect: bindsafe/no-stored-bound-device
    return { mem, lines: 16 };
  },
};

export function readLines(): number {
  return expanderMem?.read32(GPIO_DATA) ?? 0;
}
