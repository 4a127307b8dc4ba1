// Helper module: exposes a BAR on globalThis for an interactive debugger.
import type { pci } from '@bindsafe/kernel';

declare global {
  var __heldgpuBar: pci.Bar | undefined;
}

export function exposeForDebug(bar: pci.Bar): void {
  globalThis.__heldgpuBar = bar;
}
