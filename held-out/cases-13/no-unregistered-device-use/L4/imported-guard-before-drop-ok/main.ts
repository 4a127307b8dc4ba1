// A GPU unplug self-test checks the parent's identity through an imported guard-taking helper, then drops the registration. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { parentId, type ParentId } from './probe-parent.js';

export async function unplugSelfTest(reg: drm.Registration<GpuDrm>): Promise<ParentId | undefined> {
  const dev = reg.device();
  const id = parentId(dev);
  await reg.drop();
  return id;
}
