// A GPU unplug self-test drops the registration and then checks the parent's identity through an imported guard-taking helper. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { parentId } from './probe-parent.js';

export async function unplugSelfTest(reg: drm.Registration<GpuDrm>): Promise<boolean> {
  const dev = reg.device();
  await reg.drop();
  const id = parentId(dev); // expect: bindsafe/no-unregistered-device-use
  return id === undefined;
}
