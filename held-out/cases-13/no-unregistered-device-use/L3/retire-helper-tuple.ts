// A GPU teardown helper unplugs the registration it is given and returns [label, settled]; the caller then opens a file on the device. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

async function retire(reg: drm.Registration<GpuDrm>): Promise<[label: string, settled: boolean]> {
  const label = reg.device().data.label;
  await reg.drop();
  return [label, reg.dropped];
}

export async function retireAndCheck(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const [label, settled] = await retire(reg);
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  return `${label} (${settled ? 'settled' : 'failed'}): file ${file.inner().id} opened after unplug`;
}
