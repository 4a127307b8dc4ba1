// [class 8] An error-capture path: a two-helper chain in the same file ends in a push of the bar to a module array.
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice, GpuRegData } from '../../../cases/_shared/gpu-drm.js';

const captured: pci.Bar[] = [];

function archive(bar: pci.Bar): void {
  captured.push(bar);
}

function captureError(data: GpuRegData): void {
  data.log.push('gpu hang');
  archive(data.bar);
}

export function onHang(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, data) => {
    captureError(data); // expect: bindsafe/no-leaked-unbind-guard
  });
}
