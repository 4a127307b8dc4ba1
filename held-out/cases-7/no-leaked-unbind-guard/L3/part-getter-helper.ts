// [class 6] Helpers that hand back a part of their argument (`data.bar`) are used only inside the callback.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

function scanoutBar(data: GpuRegData): pci.Bar {
  return data.bar;
}

function readStatus(bar: pci.Bar, offset = 0x10): number {
  return bar.read32(offset);
}

export function scanoutStatus(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return -19;
  return guard.registrationDataWith((_parent, data) => readStatus(scanoutBar(data)));
}
