// An async "suspend" notifier waits for subscribers to settle, then reads the parent's revision. [class 5]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type SuspendHook = () => Promise<void>;
const hooks: SuspendHook[] = [];

export function onSuspend(hook: SuspendHook): void {
  hooks.push(hook);
}

export function notifySuspend(dev: GpuDevice): Promise<number> | undefined {
  return dev.withUnbindGuard(async (parent) => {
    await Promise.all(hooks.map((hook) => hook()));
    return parent.revision; // expect: bindsafe/no-leaked-unbind-guard
  });
}
