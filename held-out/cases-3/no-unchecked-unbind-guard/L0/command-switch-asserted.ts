// One arm of a command switch asserts the guard with `!` instead of handling the unplugged case.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const enum Command {
  Ping = 1,
  Peek = 2,
}

export function dispatch(dev: GpuDevice, cmd: Command): number {
  switch (cmd) {
    case Command.Ping:
      return 0;
    case Command.Peek: {
      using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      return guard.parent.revision;
    }
    default:
      return -1;
  }
}
