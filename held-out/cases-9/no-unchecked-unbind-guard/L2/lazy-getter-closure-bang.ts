// [class 7] A memoising thunk built in a factory asserts the guard when it is first called.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export function lazyModname(dev: AuxDevice): () => string {
  let cached: string | undefined;
  return () => {
    if (cached !== undefined) return cached;
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    cached = guard.parent.modname;
    return cached;
  };
}
