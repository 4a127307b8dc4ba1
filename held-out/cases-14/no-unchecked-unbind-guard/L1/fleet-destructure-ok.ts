// A fleet report iterates a Map of slot -> card and destructures the parent out of the guard only after skipping unplugged slots. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export interface SlotReport {
  readonly slot: number;
  readonly pciName: string;
  readonly master: boolean;
}

export function fleetReport(fleet: ReadonlyMap<number, GpuDevice>): SlotReport[] {
  const rows: SlotReport[] = [];
  for (const [slot, card] of fleet) {
    using guard = card.unbindGuard();
    if (guard == null) continue;
    const { parent } = guard;
    rows.push({ slot, pciName: parent.name, master: parent.busMaster });
  }
  return rows;
}
