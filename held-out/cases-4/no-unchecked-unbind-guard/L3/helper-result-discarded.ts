// A runtime-PM switch calls a `pin` helper that returns `unbindGuard()`'s result, and throws the result away. [class 8]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type PmEvent = 'runtime-resume' | 'runtime-suspend' | 'idle';

const pmLog: string[] = [];

function pin(dev: GpuDevice, why = 'pm') {
  pmLog.push(`${dev.name}: pin (${why})`);
  return dev.unbindGuard();
}

export function onPmEvent(dev: GpuDevice, event: PmEvent): void {
  switch (event) {
    case 'runtime-resume':
      pin(dev, event); // expect: bindsafe/no-unchecked-unbind-guard
      break;
    case 'runtime-suspend':
    case 'idle':
      pmLog.push(`${dev.name}: ${event}`);
      break;
  }
}
