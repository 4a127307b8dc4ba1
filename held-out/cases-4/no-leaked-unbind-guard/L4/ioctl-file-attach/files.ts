// The helper module: remembers a BAR in an open file's data so later ioctls can skip the lookup.
import type { pci } from '@bindsafe/kernel';

export interface ScanoutFile {
  readonly id: number;
  cachedBar?: pci.Bar;
}

export function attachBar(file: ScanoutFile, bar: pci.Bar): void {
  file.cachedBar ??= bar;
}
