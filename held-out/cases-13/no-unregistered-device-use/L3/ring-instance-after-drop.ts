// A GPU client ring, kept as an instance typed by its interface, opens a file per ring; the teardown calls it after the unplug. [class 5, class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm, GpuFile } from '../../../cases/_shared/gpu-drm.js';

interface Ring {
  attach(dev: drm.Device<GpuDrm>): drm.File<GpuFile>;
}

class FileRing implements Ring {
  #attached = 0;

  attach(dev: drm.Device<GpuDrm>): drm.File<GpuFile> {
    this.#attached++;
    return dev.openFile();
  }
}

const ring: Ring = new FileRing();

export async function cycle(reg: drm.Registration<GpuDrm>): Promise<readonly number[]> {
  const dev = reg.device();
  const before = ring.attach(dev);
  await reg.drop();
  const after = ring.attach(dev); // expect: bindsafe/no-unregistered-device-use
  return [before.inner().id, after.inner().id];
}
