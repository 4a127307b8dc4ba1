// The helper module: builds a revision reader over the parent it is given (the reader lives no longer than that parent).
import type { device, pci } from '@bindsafe/kernel';

export interface RevisionReader {
  readonly slot: string;
  read(): number;
}

export function makeReader(pdev: pci.Device<device.Bound>): RevisionReader {
  return { slot: pdev.name, read: () => pdev.revision };
}
