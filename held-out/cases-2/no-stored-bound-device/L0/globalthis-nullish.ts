// A debug hook on globalThis, filled with ??= in probe, holds the IoMem past the binding. [class 3] [class 8]
import type { devres, platform } from '@bindsafe/kernel';

declare global {
  var held2DebugMem: platform.IoMem | undefined;
}

export const driver: platform.Driver<{ readonly res: devres.Devres<platform.IoMem> }> = {
  name: 'held2-nsbd-global',
  idTable: [{ compatible: 'held2,global' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    globalThis.held2DebugMem ??= res.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { res };
  },
};
