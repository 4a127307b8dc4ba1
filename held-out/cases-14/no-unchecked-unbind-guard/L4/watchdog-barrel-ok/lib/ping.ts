// "Ping" the card: takes and releases a section, answering whether the card is still there.
import type { GpuDevice } from '../../../../../cases/_shared/gpu-drm.js';

export function ping(card: GpuDevice): boolean {
  using guard = card.unbindGuard();
  return guard !== undefined;
}
