// find / flatMap / reduce callbacks run synchronously inside the section and produce only numbers and strings.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface EngineSummary {
  readonly firstError: string | undefined;
  readonly busyRings: number[];
  readonly totalSubmits: number;
}

export function summarize(dev: GpuDevice, rings: readonly number[]): EngineSummary | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const parent = guard.parent;
  return guard.registrationDataWith((_p, data) => {
    const firstError = data.log.find((line) => line.startsWith('error:'));
    const busyRings = rings.flatMap((ring) => (data.bar.read32(0x3000 + ring * 0x10) !== 0 ? [ring] : []));
    const totalSubmits = Object.keys(data.counters).reduce((sum, key) => sum + (data.counters[key] ?? 0), 0);
    parent.asRef().info(`${busyRings.length} busy ring(s)`);
    return { firstError, busyRings, totalSubmits };
  });
}
