// An @unsafe method of the driver data is called from a safe method whose SAFETY comment stands before the `return`.
import type { devres, platform } from '@bindsafe/kernel';

export class RtcData {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  /**
   * Reads the seconds counter through a freshly asserted binding.
   *
   * @unsafe The caller must guarantee that the RTC is bound to this driver during the call.
   */
  readSecondsRaw(): number {
    // SAFETY: guaranteed by the caller (this method's contract).
    const dev = this.handle.asRef().unsafeAsBound();
    return this.mem.access(dev).read32(0x00);
  }

  /** Seconds since the epoch, or undefined once the RTC is gone. */
  now(): number | undefined {
    if (this.mem.revoked) return undefined;
    // SAFETY: `now` is only called from unbind (below), and the Devres is not revoked yet, so the RTC is bound.
    return this.readSecondsRaw();
  }
}

export const rtcDriver: platform.Driver<RtcData> = {
  name: 'held-rtc',
  idTable: [{ compatible: 'nxp,pcf8563' }],
  probe(pdev) {
    return new RtcData(pdev.toNormal(), pdev.iomapResource(0));
  },
  unbind(pdev, data) {
    pdev.asRef().info(`rtc at unbind: ${data.now() ?? 'gone'}`);
  },
};
