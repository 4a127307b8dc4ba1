// Spawns a child to see whether the firmware answers, and drops it in a finally on every exit. [class 1]
import { auxiliary, type device } from '@bindsafe/kernel';

export class ProbeOnceError extends Error {}

export function firmwareAnswers(parent: device.Device<device.Bound>, modname: string): boolean {
  const probeChild = auxiliary.Registration.new(parent, 'fw-ping', 0, modname);
  try {
    if (probeChild.name.length === 0) throw new ProbeOnceError('unnamed child');
    return !probeChild.dropped;
  } finally {
    void probeChild.drop();
  }
}
