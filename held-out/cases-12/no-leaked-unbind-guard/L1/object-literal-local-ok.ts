// A submission path builds a context object inside the section, uses it and drops it. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

interface SubmitCtx {
  readonly ring: number;
  readonly doorbell: pci.Bar;
}

const history: { readonly at: number; readonly ring: number }[] = [];

function kick(ctx: SubmitCtx): void {
  ctx.doorbell.write32(ctx.ring, 0x200);
}

export function ringDoorbell(dev: GpuDevice, ring: number): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, { bar }) => {
    const ctx: SubmitCtx = { ring, doorbell: bar };
    kick(ctx);
    history.push({ at: Date.now(), ring: ctx.ring });
  });
}
