// A platform watchdog stops the counter through a same-file helper that writes the mapped registers. [class 3]
import type { device, devres, platform } from '@bindsafe/kernel';

enum WdtReg {
  Ctrl = 0x00,
  Load = 0x04,
}

interface WdtData {
  readonly mem: devres.Devres<platform.IoMem>;
}

function quiesce(mem: devres.Devres<platform.IoMem>, dev: device.Device<device.Bound>): void {
  const io = mem.access(dev);
  io.write32(0, WdtReg.Ctrl);
  io.write32(0, WdtReg.Load);
}

export const wdtDriver: platform.Driver<WdtData> = {
  name: 'h11-wdt',
  idTable: [{ compatible: 'acme,wdt' }],

  probe(pdev: platform.Device<device.Core>): WdtData {
    return { mem: pdev.iomapResource(0) };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<WdtData>): void {
    quiesce(data.mem, pdev.asRef());
  },
};
