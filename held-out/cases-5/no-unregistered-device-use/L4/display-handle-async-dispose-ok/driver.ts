// The driver data owns an imported DisplayHandle; a self-test exercises the device while it is registered, before any drop. [class 1]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { DisplayHandle } from './handle.js';

interface Console {
  readonly regs: devres.Devres<pci.Bar>;
  readonly display: DisplayHandle;
}

export const consoleDriver: pci.Driver<Console> = {
  name: 'held5c-console',
  idTable: [{ vendor: 0x1af4, device: 0x1163 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-console');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'console', regs, submitted: 0 });
    const display = new DisplayHandle(drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0));
    return { regs, display };
  },
};

export async function selfTest(data: Readonly<Console>): Promise<number> {
  const dev = data.display.device;
  const file = dev.openFile();
  const arg = { param: 1, value: 0 };
  await dev.ioctl('getParam', arg, file);
  return arg.value;
}
