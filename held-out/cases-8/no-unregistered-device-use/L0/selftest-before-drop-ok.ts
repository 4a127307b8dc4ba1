// A self-test opens a file on the registered device and only then drops the registration.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export async function selfTestThenDrop(reg: drm.Registration<AuxDrm>): Promise<boolean> {
  const dev = reg.device();
  const file = dev.openFile();
  const opened = file.inner().opened;
  await reg.drop();
  return opened > 0 && reg.dropped;
}
