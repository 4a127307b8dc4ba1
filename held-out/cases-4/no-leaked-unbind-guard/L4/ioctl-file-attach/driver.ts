// An ioctl handler hands its section-scoped `regData.bar` to a helper that stores it in the DRM file's data, which outlives the binding. [class 8]
import type { device, drm, pci } from '@bindsafe/kernel';
import { attachBar, type ScanoutFile } from './files.js';

interface ScanoutRegData {
  readonly bar: pci.Bar;
  readonly pdev: pci.Device<device.Bound>;
}

interface ScanoutIoctls {
  readonly setBase: { base: number };
}

export type ScanoutDrm = drm.Driver<{ readonly label: string }, ScanoutRegData, ScanoutFile, 'pci', ScanoutIoctls>;

let nextId = 1;

export const scanoutDrm = {
  info: { name: 'scanout', desc: 'Held-out scanout engine', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: nextId++ }),
  ioctls: {
    setBase: (_dev, regData, arg, file) => {
      attachBar(file.inner(), regData.bar); // expect: bindsafe/no-leaked-unbind-guard
      regData.bar.write32(arg.base, 0x6000);
      return 0;
    },
  },
} satisfies ScanoutDrm;
