// A fleet probe maps every card to an async arrow under Promise.allSettled; each arrow checks its guard and rejects for an unplugged card. [class 5, class 7]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function revisions(cards: readonly GpuDevice[]): Promise<Record<string, number>> {
  const results = await Promise.allSettled(
    cards.map(async (card, index) => {
      await pause(index);
      using guard = card.unbindGuard();
      if (guard === undefined) throw new errors.KernelError('ENODEV', card.name);
      return [card.name, guard.parent.revision] as const;
    }),
  );
  const table: Record<string, number> = {};
  for (const result of results) if (result.status === 'fulfilled') table[result.value[0]] = result.value[1];
  return table;
}
