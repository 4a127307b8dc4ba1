// A GPIO driver's unbind waits on a flush promise and calls unsafeAsBound in the .then arrow without a SAFETY comment.
import type { device, platform } from '@bindsafe/kernel';

interface FlushData {
  readonly handle: device.Device<device.Normal>;
  readonly flushed: Promise<number>;
}

export const driver: platform.Driver<FlushData> = {
  name: 'held-gpio-flush',
  idTable: [{ compatible: 'vendor,gpio-flush' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return { handle: pdev.asRef().toNormal(), flushed: Promise.resolve(io.read32(0x00)) };
  },
  unbind(_pdev, data) {
    void data.flushed.then((lines) => {
      const bound = data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
      bound.info(`flushed ${lines} lines`);
    });
  },
};
