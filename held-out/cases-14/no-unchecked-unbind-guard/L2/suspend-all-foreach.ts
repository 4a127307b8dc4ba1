// A system-suspend hook walks every card with forEach and "enters" each one in a concise arrow, whose unbindGuard() result forEach throws away. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function suspendAll(cards: readonly GpuDevice[]): string[] {
  const names: string[] = [];
  cards.forEach((card) => card.unbindGuard()); // expect: bindsafe/no-unchecked-unbind-guard
  for (const card of cards) names.push(card.name);
  return names;
}
