// A GPU self-test issues a final getParam ioctl after it dropped the registration. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

const query = <T extends Partial<GetParam>>(seed: T): GetParam => ({ param: 0, value: 0, ...seed });

export async function selfTest(reg: drm.Registration<GpuDrm>): Promise<number> {
  const dev = reg.device();
  const file = dev.openFile();
  const before = await dev.ioctl('getParam', query({ param: 1 }), file);
  await reg.drop();
  const after = await dev.ioctl('getParam', query({ param: 1 }), file); // expect: bindsafe/no-unregistered-device-use
  return before + after;
}
