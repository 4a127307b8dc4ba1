// A watchdog tears the node down through a default-exported helper, then opens a file to check it. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import teardown from './lifecycle/teardown.js';

export async function watchdog(reg: drm.Registration<AuxDrm>): Promise<boolean> {
  const dev = reg.device();
  await teardown(reg, 'watchdog timeout');
  const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
  return file.inner().opened > 0;
}
