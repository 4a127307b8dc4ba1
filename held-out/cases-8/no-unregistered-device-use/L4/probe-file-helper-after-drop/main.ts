// An async iterator drains registrations: each one is dropped, then probed through an imported helper. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { openProbeFile } from './index.js';

export async function drain(regs: AsyncIterable<drm.Registration<AuxDrm>>): Promise<number[]> {
  const stamps: number[] = [];
  for await (const reg of regs) {
    const dev = reg.device();
    await reg.drop();
    stamps.push(openProbeFile(dev)); // expect: bindsafe/no-unregistered-device-use
  }
  return stamps;
}
