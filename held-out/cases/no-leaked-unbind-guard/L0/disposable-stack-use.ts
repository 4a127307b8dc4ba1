// A guard handed to a DisposableStack declared with using is disposed with the stack. [class 1]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function vendorPair(a: GpuDevice, b: GpuDevice): [number, number] | undefined {
  using stack = new DisposableStack();
  const ga = stack.use(a.unbindGuard());
  const gb = stack.use(b.unbindGuard());
  if (!ga || !gb) return undefined;
  return [ga.parent.vendorId, gb.parent.vendorId];
}
