// A platform regulator falls back to its parent's handle as bound in a multi-line `??` expression under one SAFETY comment.
import type { device, platform } from '@bindsafe/kernel';

interface RegulatorData {
  readonly supply: device.Device | undefined;
  readonly self: device.Device;
}

export const driver: platform.Driver<RegulatorData> = {
  name: 'held-regulator-nullish',
  idTable: [{ compatible: 'vendor,ldo' }],
  probe(pdev) {
    return { supply: undefined, self: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    // SAFETY: the supply device, when there is one, unbinds after its consumers, and this
    // device itself is still bound while its own unbind runs.
    const logger =
      data.supply?.unsafeAsBound() ??
      data.self.unsafeAsBound();
    logger.info('regulator released');
  },
};
