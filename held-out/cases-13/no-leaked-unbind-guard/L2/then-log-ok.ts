// A firmware loader appends to the log from a `.then` continuation that enters a fresh section on the DRM handle. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

const line = (stage: string) => (ms: number) => `${stage} after ${ms}ms`;

const appendLog = (dev: GpuDevice) => (text: string): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => data.log.push(text));
  return true;
};

export function loadFirmware(dev: GpuDevice, blob: Uint8Array): boolean {
  const append = appendLog(dev);
  if (!append(`firmware ${blob.byteLength} bytes`)) return false;
  void pause(5).then(() => append(line('firmware-ack')(5)));
  return true;
}
