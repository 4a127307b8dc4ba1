// A platform codec takes a shallow { ...data } snapshot in unbind, then pushes into the queue the snapshot shares with the data [class 4]
import type { devres, platform } from '@bindsafe/kernel';

interface CodecData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly jobs: Array<readonly [id: number, kind: 'enc' | 'dec']>;
  readonly stats: { readonly submitted: number };
}

export const vpuCodec: platform.Driver<CodecData> = {
  name: 'vpu-codec',
  idTable: [{ compatible: 'vendor,vpu-codec' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), jobs: [[1, 'dec']], stats: { submitted: 1 } };
  },
  unbind(pdev, data) {
    const snapshot = { ...data, closedAt: Date.now() };
    snapshot.closedAt += 1;
    data.regs.access(pdev.asRef()).write32(0, 0x0);
    snapshot.jobs.push([-1, 'dec']); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
