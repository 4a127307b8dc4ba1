// A helper attaches a BAR to a state object; the caller passes a module-level state and the guarded BAR.
import type { drm, pci } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface DisplayState {
  scanout?: pci.Bar;
  enabled: boolean;
}

const display: DisplayState = { enabled: false };

function attachScanout(state: DisplayState, bar: pci.Bar): void {
  state.scanout = bar;
  state.enabled = true;
}

export function enableDisplay(dev: drm.Device<GpuDrm>): boolean {
  using guard = dev.unbindGuard();
  if (guard === undefined) return false;
  guard.registrationDataWith((_p, data) => attachScanout(display, data.bar)); // expect: bindsafe/no-leaked-unbind-guard
  return display.enabled;
}
