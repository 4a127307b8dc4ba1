// A slot table maps slot ids to cards; a wake-up sweep enters each listed slot through a helper that returns the looked-up card's unbindGuard() result, and drops it. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const slots = new Map<number, GpuDevice>();

export function attach(slot: number, card: GpuDevice): void {
  slots.set(slot, card);
}

function enterSlot(table: ReadonlyMap<number, GpuDevice>, slot: number) {
  return table.get(slot)?.unbindGuard();
}

export function wakeSweep(ids: Iterable<number>): number {
  let swept = 0;
  for (const id of ids) {
    enterSlot(slots, id); // expect: bindsafe/no-unchecked-unbind-guard
    swept++;
  }
  return swept;
}
