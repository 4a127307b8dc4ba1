// A retry loop (do/while) opens probe files through an imported helper while registered, then drops.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { openProbeFile } from './util/probe-file.js';

export async function warmThenDrop(reg: drm.Registration<AuxDrm>, attempts = 3): Promise<number> {
  const dev = reg.device();
  let tries = 0;
  let stamp = 0;
  do {
    stamp = openProbeFile(dev);
    tries += 1;
  } while (stamp === 0 && tries < attempts);
  await reg.drop();
  return stamp;
}
