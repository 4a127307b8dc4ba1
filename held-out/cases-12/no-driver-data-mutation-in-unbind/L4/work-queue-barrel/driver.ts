// A platform memory scrubber purges its pending work items through a helper re-exported by a barrel module. [class 4]
import type { devres, platform } from '@bindsafe/kernel';
import { purge, LIB_VERSION, type WorkItem } from './lib/index.js';

interface ScrubData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly pending: WorkItem[];
}

export const scrubDriver: platform.Driver<ScrubData> = {
  name: 'edac-scrub',
  idTable: [{ compatible: 'acme,edac-scrub' }],
  probe(pdev) {
    return { io: pdev.iomapResource(0), pending: [{ id: 1, kind: 'scrub' }] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x10);
    const dropped = purge(data.pending); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`edac-scrub (lib ${LIB_VERSION}): ${dropped.length} work items dropped`);
  },
};
