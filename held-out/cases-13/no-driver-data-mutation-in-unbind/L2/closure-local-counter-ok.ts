// A platform event router counts queued events into a local let from a nested forEach over its Map of arrays [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface RouterData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly byTopic: Map<string, Array<{ code: number }>>;
}

export const routerCountOk: platform.Driver<RouterData> = {
  name: 'event-router-count',
  idTable: [{ compatible: 'vendor,event-router-count' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), byTopic: new Map([['power', [{ code: 1 }]]]) };
  },
  unbind(pdev, data) {
    let queued = 0;
    let worst = 0;
    const codes = new Set<number>();
    data.byTopic.forEach((events) => {
      queued += events.length;
      events.forEach((e) => {
        worst = Math.max(worst, e.code);
        codes.add(e.code);
      });
    });
    data.regs.access(pdev.asRef()).write32(0, 0x4);
    pdev.asRef().info(`event-router: ${queued} queued, ${codes.size} codes, worst ${worst}`);
  },
};
