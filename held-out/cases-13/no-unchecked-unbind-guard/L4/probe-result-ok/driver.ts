// A sysfs identity line switches exhaustively over the imported probe's tagged result. [class 3]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { IdentityProbe, type Probe } from './identity.js';

function line(p: Probe): string {
  switch (p.kind) {
    case 'plugged':
      return `${p.vendor.toString(16)} rev ${p.revision}`;
    case 'unplugged':
      return `${p.name}: gone`;
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

export function identityLine(dev: GpuDevice): string {
  return line(new IdentityProbe(dev).probe());
}
