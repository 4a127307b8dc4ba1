// A firmware loader appends to the registration data's log from a `.then` continuation started inside the section. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

const line = (stage: string) => (ms: number) => `${stage} after ${ms}ms`;

export function loadFirmware(dev: GpuDevice, blob: Uint8Array): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  guard.registrationDataWith((_parent, data) => {
    data.log.push(`firmware ${blob.byteLength} bytes`);
    void pause(5).then(() => data.log.push(line('firmware-ack')(5))); // expect: bindsafe/no-leaked-unbind-guard
  });
  return true;
}
