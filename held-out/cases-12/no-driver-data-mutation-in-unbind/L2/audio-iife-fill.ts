// A platform audio DSP silences its ring buffers from an immediately-invoked arrow in unbind. [class 7]
import type { devres, platform } from '@bindsafe/kernel';

interface DspData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly rings: readonly Int16Array[];
  readonly history: number[][];
}

export const dspDriver: platform.Driver<DspData> = {
  name: 'adsp-lite',
  idTable: [{ compatible: 'acme,adsp' }],
  probe(pdev) {
    const rings = [new Int16Array(256), new Int16Array(256)];
    return { io: pdev.iomapResource(0), rings, history: [[0, 0], [0, 0]] };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, 0x00);
    ((): void => {
      for (const levels of data.history) {
        levels.fill(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
      }
    })();
  },
};
