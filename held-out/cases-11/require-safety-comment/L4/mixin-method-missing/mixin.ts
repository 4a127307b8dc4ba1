// A mixin adding a tagged method.
import type { device } from '@bindsafe/kernel';

type Ctor<T = object> = new (...args: any[]) => T;

export function Traceable<TBase extends Ctor<{ readonly dev: device.Device }>>(Base: TBase) {
  return class extends Base {
    /** @unsafe `this.dev` must be bound to its driver during the call. */
    traceBound(text: string): void {
      // SAFETY: the caller vouches for the binding (this method's contract).
      this.dev.unsafeAsBound().info(text);
    }
  };
}
