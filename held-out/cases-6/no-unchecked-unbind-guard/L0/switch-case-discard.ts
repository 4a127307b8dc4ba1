// A NIC's debug command dispatcher "pokes" the device by calling unbindGuard() for its side effect in a switch case.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function debugCommand(dev: GpuDevice, cmd: 'name' | 'poke' | 'files'): string {
  switch (cmd) {
    case 'name':
      return dev.name;
    case 'poke':
      dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
      return 'poked';
    case 'files':
      return String(dev.data.submitted);
  }
}
