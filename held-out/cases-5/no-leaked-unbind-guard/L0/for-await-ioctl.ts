// An async ioctl handler of a `satisfies`-checked table appends each line of a `for await` loop to `regData.log`: every iteration runs after an `await`. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

async function* decodeRing(ring: number, count: number): AsyncGenerator<string, void, undefined> {
  for (let i = 0; i < count; i++) {
    await pause();
    yield `ring${ring}: packet ${i}`;
  }
}

const ioctls = {
  getParam: (_dev, regData, arg) => {
    arg.value = regData.vramSize;
    return 0;
  },
  submit: async (_dev, regData, arg) => {
    let packets = 0;
    for await (const line of decodeRing(arg.ring, 4)) {
      regData.log.push(line); // expect: bindsafe/no-leaked-unbind-guard
      packets++;
    }
    arg.seqno = packets;
    return 0;
  },
} satisfies GpuDrm['ioctls'];

export const traceDrm: GpuDrm = {
  info: { name: 'tracegpu', desc: 'Ring tracer', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: (_dev: drm.Device<GpuDrm>): GpuFile => ({ id: 0, notes: [] }),
  ioctls,
};
