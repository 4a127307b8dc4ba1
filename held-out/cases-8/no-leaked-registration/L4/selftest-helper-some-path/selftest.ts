// Helper module: a self-test that makes a child and drops it only when the test passes.
import { auxiliary, type device } from '@bindsafe/kernel';

export enum SelfTestResult {
  Passed = 'passed',
  Skipped = 'skipped',
}

export function runSelfTest(parent: device.Device<device.Bound>, enabled: boolean): SelfTestResult {
  const probe = auxiliary.Registration.new(parent, 'selftest', 0, 'held8_nic');
  switch (enabled) {
    case true:
      void probe.drop();
      return SelfTestResult.Passed;
    default:
      return SelfTestResult.Skipped;
  }
}
