// A platform camera ISP keeps its teardown steps as callbacks in a local array and runs them; one step logs into the data's history. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

class IspData {
  readonly history: string[] = [];
  constructor(readonly io: devres.Devres<platform.IoMem>) {}
  get lastEvent(): string {
    return this.history.at(-1) ?? 'none';
  }
}

export const ispDriver: platform.Driver<IspData> = {
  name: 'acc-isp',
  idTable: [{ compatible: 'acme,isp' }],
  probe(pdev) {
    const data = new IspData(pdev.iomapResource(0));
    data.history.push('probed');
    return data;
  },
  unbind(pdev, data) {
    const io = data.io.access(pdev.asRef());
    const steps: ReadonlyArray<() => void> = [
      () => io.write32(0, 0x0),
      () => io.write32(1, 0x4),
      () => {
        data.history.unshift('unbinding'); // expect: bindsafe/no-driver-data-mutation-in-unbind
      },
    ];
    for (const step of steps) step();
  },
};
