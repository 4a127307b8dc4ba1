// An interrupt-ack path defers the doorbell write to a microtask that closes over the guarded callback's data. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const DOORBELL = 0x40;
const encode = (ring: number) => (seq: number): number => (ring << 24) | (seq & 0xffffff);

export const ackRing = (dev: GpuDevice, ring: number, seq: number): void => {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    const word = encode(ring)(seq);
    queueMicrotask(() => data.bar.write32(word, DOORBELL)); // expect: bindsafe/no-leaked-unbind-guard
  });
};
