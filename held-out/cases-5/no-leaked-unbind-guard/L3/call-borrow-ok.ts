// A thermal poll calls its `sample` helper with `Function.prototype.call` on a long-lived history object; the helper keeps only the temperatures it reads from the BAR. [class 7]
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface History {
  readonly samples: number[];
  max: number;
}

const TEMP_BASE = 0x500;
const history: History = { samples: [], max: 0 };

function sample(this: History, bar: pci.Bar, sensor: number): number {
  const celsius = bar.read32(TEMP_BASE + sensor * 4) >>> 8;
  this.samples.push(celsius);
  if (celsius > this.max) this.max = celsius;
  return celsius;
}

export function pollThermal(dev: drm.Device<GpuDrm>, sensors = 2): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  return guard.registrationDataWith((_parent, data) => {
    let hottest = 0;
    for (let sensor = 0; sensor < sensors; sensor++) {
      hottest = Math.max(hottest, sample.call(history, data.bar, sensor));
    }
    return hottest;
  });
}

export function peakTemperature(): number {
  return history.max;
}
