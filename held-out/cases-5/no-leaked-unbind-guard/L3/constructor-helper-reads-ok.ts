// A clock-domain descriptor takes a `using` guard in its `constructor` and fills its fields from same-file helpers that return plain numbers and strings. [class 2]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const CLK_BASE = 0x300;

function readClock(bar: pci.Bar, domain: number): number {
  return bar.read32(CLK_BASE + domain * 8) & 0xffff;
}

function pciLabel(pdev: pci.Device<device.Bound>): string {
  return `${pdev.name}@${pdev.revision}`;
}

export class ClockDomains {
  readonly core: number;
  readonly memory: number;
  readonly label: string;
  readonly online: boolean;

  constructor(dev: GpuDevice) {
    using guard = dev.unbindGuard();
    this.online = guard !== undefined;
    if (!guard) {
      this.core = 0;
      this.memory = 0;
      this.label = dev.name;
      return;
    }
    this.label = pciLabel(guard.parent);
    const [core, memory] = guard.registrationDataWith((_parent, data) => [readClock(data.bar, 0), readClock(data.bar, 1)] as const);
    this.core = core;
    this.memory = memory;
  }
}
