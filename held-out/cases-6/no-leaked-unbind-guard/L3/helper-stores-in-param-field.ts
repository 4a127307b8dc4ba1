// [class 8] A display driver's helper writes the guarded parent into a field of the module-level state object it is given.
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface PanelState {
  parent?: pci.Device<device.Bound>;
  brightness: number;
}

const panel: PanelState = { brightness: 50 };

function attachPanel(state: PanelState, parent: pci.Device<device.Bound>, level: number): void {
  state.parent = parent;
  state.brightness = level;
}

export function setBrightness(dev: GpuDevice, level: number): boolean {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  attachPanel(panel, guard.parent, level); // expect: bindsafe/no-leaked-unbind-guard
  return true;
}
