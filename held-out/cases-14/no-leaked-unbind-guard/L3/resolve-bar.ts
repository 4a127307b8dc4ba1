// A "BAR ready" signal is a deferred promise; a helper resolves it with whatever it is handed. [class 5]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const barReady = Promise.withResolvers<pci.Bar>();
export const whenBarReady: Promise<pci.Bar> = barReady.promise;

function signalReady(bar: pci.Bar): void {
  barReady.resolve(bar);
}

export function publishBar(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    signalReady(data.bar); // expect: bindsafe/no-leaked-unbind-guard
  });
}
