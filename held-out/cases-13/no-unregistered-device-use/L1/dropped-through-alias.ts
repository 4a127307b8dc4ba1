// A GPU unplug sequence drops the registration through a destructured alias, then opens a file on the device it took before. [class 5, class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export interface Binding {
  readonly reg: drm.Registration<GpuDrm>;
  readonly label: string;
}

export async function unplugAndProbeUserspace(binding: Binding): Promise<{ readonly label: string; readonly fileId: number }> {
  const dev = binding.reg.device();
  const { reg: unplug, label } = binding;
  await unplug.drop();
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  return { label, fileId: file.inner().id };
}
