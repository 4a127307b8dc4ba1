// A platform GPIO block publishes its register window on globalThis for a poking tool [class 8]
import type { devres, platform } from '@bindsafe/kernel';

declare global {
  // debug hook read by a REPL helper
  var __gpioWindowB12: platform.IoMem | undefined;
}

export const gpioDriver: platform.Driver<{ io: devres.Devres<platform.IoMem> }> = {
  name: 'gpio-mmio-dbg',
  idTable: [{ compatible: 'acme,gpio-v2' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const window = io.access(pdev.asRef());
    window.write32(0, 0x10);
    globalThis.__gpioWindowB12 = window; // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
