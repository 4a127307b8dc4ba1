// [class 4] An ioctl handler delegates to a service held in the registration data, which keeps the bar: stored in registration data.
import type { device, drm, pci } from '@bindsafe/kernel';
import type { Telemetry } from './telemetry.js';

interface DispRegData {
  readonly bar: pci.Bar;
  readonly pdev: pci.Device<device.Bound>;
  readonly telemetry: Telemetry;
}

interface Sample {
  value: number;
}

type DispDrm = drm.Driver<{ readonly label: string }, DispRegData, { frames: number }, 'pci', { readonly sample: Sample }>;

export const dispDrm: DispDrm = {
  info: { name: 'heldisp', desc: 'Held-out display', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ frames: 0 }),
  ioctls: {
    sample: (_dev, regData, arg) => {
      arg.value = regData.telemetry.record(regData.bar);
      return 0;
    },
  },
};
