// A status object is rebuilt with spread that carries the guarded BAR into an outer state field.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface EngineState {
  ready: boolean;
  mmio?: pci.Bar;
}

export function markReady(dev: drm.Device<GpuDrm>, state: { current: EngineState }): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  guard.registrationDataWith((_parent, data) => {
    const next: EngineState = { ...state.current, ready: true, mmio: data.bar };
    state.current = next; // expect: bindsafe/no-leaked-unbind-guard
  });
}
