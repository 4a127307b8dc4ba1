// A system-suspend hook walks every card with forEach, logging through each bound parent inside withUnbindGuard; unplugged cards are skipped. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function suspendAll(cards: readonly GpuDevice[]): string[] {
  const names: string[] = [];
  cards.forEach((card) => {
    card.withUnbindGuard((parent) => parent.asRef().info('suspending'));
    names.push(card.name);
  });
  return names;
}
