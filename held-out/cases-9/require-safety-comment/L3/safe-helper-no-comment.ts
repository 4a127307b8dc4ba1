// A platform watchdog calls an untagged same-file helper that keeps its own SAFETY comment inside: the call site needs none.
import type { device, devres, platform } from '@bindsafe/kernel';

interface WdtData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

function stopCounter(data: Readonly<WdtData>): void {
  // SAFETY: stopCounter is private to this module and only reached from unbind.
  const dev = data.handle.unsafeAsBound();
  data.mem.access(dev).write32(0, 0x08);
}

export const wdtDriver: platform.Driver<WdtData> = {
  name: 'h9-plat-wdt',
  idTable: [{ compatible: 'acme,wdt' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0) };
  },
  unbind(_pdev, data) {
    stopCounter(data);
  },
};
