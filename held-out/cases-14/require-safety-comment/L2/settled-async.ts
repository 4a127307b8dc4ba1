// A PCI storage HBA flushes every target with Promise.allSettled; each async callback names its target after an await, bare. [class 5]
import type { device } from '@bindsafe/kernel';

export const flushTargets = async (targets: readonly device.Device[], flush: (i: number) => Promise<void>): Promise<string[]> =>
  (await Promise.allSettled(
    targets.map(async (t, i) => {
      await flush(i);
      return t.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
    }),
  )).map((r) => (r.status === 'fulfilled' ? r.value : `failed: ${String(r.reason)}`));
