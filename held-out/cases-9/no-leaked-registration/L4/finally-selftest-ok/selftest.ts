import { auxiliary, type device } from '@bindsafe/kernel';

export class SelfTestError extends Error {
  constructor(readonly stage: string) {
    super(`self-test failed at ${stage}`);
  }
}

/** Brings a loopback child up for a probe-time check and always drops it. */
export function loopbackCheck(dev: device.Device<device.Bound>, stages: readonly string[]): number {
  const loop = auxiliary.Registration.new(dev, 'loopback', 0, 'held9_eth');
  try {
    let passed = 0;
    for (const stage of stages) {
      if (stage.length > loop.name.length) throw new SelfTestError(stage);
      passed++;
    }
    return passed;
  } finally {
    void loop.drop();
  }
}
