// A vendor census counts cards per vendor:device pair, destructuring nested ids out of the guard or out of a zero fallback for unplugged cards. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface CensusOptions {
  readonly cards: Iterable<GpuDevice>;
  readonly separator?: string;
  readonly [extra: string]: unknown;
}

const UNPLUGGED = { parent: { vendorId: 0, deviceId: 0 } } as const;

export function census({ cards, separator = ':', ...rest }: CensusOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const card of cards) {
    using guard = card.unbindGuard();
    const { parent: { vendorId, deviceId } } = guard ?? UNPLUGGED;
    const key = `${vendorId.toString(16)}${separator}${deviceId.toString(16)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if ('verbose' in rest) counts.set('total', [...counts.values()].reduce((a, b) => a + b, 0));
  return counts;
}
