// Identity probing: the section stays inside probe(), which returns plain data as a tagged union.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';

export type Probe =
  | { readonly kind: 'plugged'; readonly vendor: number; readonly revision: number }
  | { readonly kind: 'unplugged'; readonly name: string };

export class IdentityProbe {
  constructor(private readonly dev: GpuDevice) {}

  probe(): Probe {
    using guard = this.dev.unbindGuard();
    if (guard === undefined) return { kind: 'unplugged', name: this.dev.name };
    return { kind: 'plugged', vendor: guard.parent.vendorId, revision: guard.parent.revision };
  }
}
