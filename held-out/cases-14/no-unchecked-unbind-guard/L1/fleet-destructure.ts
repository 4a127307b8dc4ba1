// A fleet report iterates a Map of slot -> card and destructures the parent straight out of an asserted guard alias. [class 6]
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
    const { parent } = guard!; // expect: bindsafe/no-unchecked-unbind-guard
    rows.push({ slot, pciName: parent.name, master: parent.busMaster });
  }
  return rows;
}
