// A GPU firmware-update path queries a parameter through a same-file helper after unplugging the node. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GetParam, GpuDevice, GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

function queryParam(dev: GpuDevice, file: drm.File<GpuFile>, param: number): number {
  const arg: GetParam = { param, value: 0 };
  const rc = dev.ioctl('getParam', arg, file);
  return typeof rc === 'number' && rc === 0 ? arg.value : -1;
}

export async function updateFirmware(reg: drm.Registration<GpuDrm>, image: Uint8Array): Promise<number> {
  const dev = reg.device();
  const file = dev.openFile();
  await reg.drop();
  const vram = queryParam(dev, file, 1); // expect: bindsafe/no-unregistered-device-use
  return image.byteLength <= vram ? vram : 0;
}
