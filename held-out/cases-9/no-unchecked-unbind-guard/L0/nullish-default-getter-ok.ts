// A status object's getter reads the parent id through `?.` and `??` on a `using` guard.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export class LinkStatus {
  constructor(readonly dev: AuxDevice, readonly fallback: number = -19) {}

  get parentId(): number {
    using guard = this.dev.unbindGuard();
    return guard?.parent.id ?? this.fallback;
  }
}
