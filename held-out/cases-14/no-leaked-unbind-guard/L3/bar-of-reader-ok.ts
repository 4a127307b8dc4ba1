// A metrics observer caches the BAR size a reader helper pulls out of the registration data. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

const metricObservers: Array<(value: number) => void> = [];
let cachedSize: number | undefined;

function barOf(data: GpuRegData): pci.Bar {
  return data.bar;
}

export function sampleMetrics(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    const bar = barOf(data);
    cachedSize = bar.size;
    metricObservers.forEach((observe) => observe(bar.read32(0x20)));
  });
}

export function cachedBarSize(): number | undefined {
  return cachedSize;
}
