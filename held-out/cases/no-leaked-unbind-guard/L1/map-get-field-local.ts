// The same store shapes into a Map and an array created inside the section are fine. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function probeSlots(dev: GpuDevice): number {
  return (
    dev.withUnbindGuard((parent) => {
      const table = new Map<string, { parent?: pci.Device }>([['a', {}]]);
      table.get('a')!.parent = parent;
      const local: { owner: pci.Device | null }[] = [{ owner: null }];
      local[0]!.owner = parent;
      return (table.get('a')?.parent?.name.length ?? 0) + (local[0]?.owner ? 1 : 0);
    }) ?? 0
  );
}
