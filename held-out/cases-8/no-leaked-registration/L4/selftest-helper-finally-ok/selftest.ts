// Helper module: a self-test that makes a child and drops it in `finally` on every exit.
import { auxiliary, type device } from '@bindsafe/kernel';

export class SelfTestFailed extends Error {
  override readonly name = 'SelfTestFailed';
}

export function runSelfTest(parent: device.Device<device.Bound>, enabled: boolean): boolean {
  const probe = auxiliary.Registration.new(parent, 'selftest', 0, 'held8_nic2');
  try {
    if (!enabled) return false;
    if (probe.name !== 'selftest') throw new SelfTestFailed(probe.name);
    return true;
  } finally {
    void probe.drop();
  }
}
