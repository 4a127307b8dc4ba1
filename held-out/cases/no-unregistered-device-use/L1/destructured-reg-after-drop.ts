// The registration comes from destructuring; its device is used after await reg.drop(). [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

interface CoreData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly name: string;
}

export async function hotUnplug(data: CoreData): Promise<void> {
  const { reg, name } = data;
  const dev = reg.device();
  await reg.drop();
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  console.log(name, file.inner().id);
}
