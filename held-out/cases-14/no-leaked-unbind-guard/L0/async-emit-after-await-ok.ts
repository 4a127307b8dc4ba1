// An async "suspend" notifier reads the parent's revision first, then waits for subscribers to settle. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type SuspendHook = () => Promise<void>;
const hooks: SuspendHook[] = [];

export function onSuspend(hook: SuspendHook): void {
  hooks.push(hook);
}

export function notifySuspend(dev: GpuDevice): Promise<number> | undefined {
  return dev.withUnbindGuard(async (parent) => {
    const revision = parent.revision;
    await Promise.all(hooks.map((hook) => hook()));
    return revision;
  });
}
