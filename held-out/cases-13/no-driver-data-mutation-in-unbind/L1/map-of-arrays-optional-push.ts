// A platform event router keeps a Map of per-topic arrays and appends a goodbye event to one through ?.push [class 6]
import type { devres, platform } from '@bindsafe/kernel';

type Topic = 'power' | 'thermal' | 'link';

interface RouterData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly byTopic: Map<Topic, Array<{ code: number; at: number }>>;
}

export const eventRouter: platform.Driver<RouterData> = {
  name: 'event-router',
  idTable: [{ compatible: 'vendor,event-router' }],
  probe(pdev) {
    const byTopic = new Map<Topic, Array<{ code: number; at: number }>>(
      (['power', 'thermal', 'link'] as const).map((t) => [t, []]),
    );
    return { regs: pdev.iomapResource(0), byTopic };
  },
  unbind(pdev, data) {
    const status = data.regs.access(pdev.asRef()).read32(0x4);
    data.byTopic.get('power')?.push({ code: status, at: Date.now() }); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
