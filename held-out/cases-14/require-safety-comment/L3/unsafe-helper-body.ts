// A PCI DSP's @unsafe same-file helper is justified at its call, but its own body calls `unsafeAsBound` without a comment. [class 3]
import type { device, pci } from '@bindsafe/kernel';

/** @unsafe The caller must guarantee that `dev` is bound during the call. */
function bootBanner(dev: device.Device, fw: { readonly major: number; readonly minor: number }): string {
  const { major, minor = 0 } = fw;
  return `${dev.unsafeAsBound().name}: dsp fw ${major}.${minor}`; // expect: bindsafe/require-safety-comment
}

export class DspData implements Disposable {
  constructor(readonly pdev: pci.Device, readonly fw = { major: 2, minor: 1 }) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound.
    const banner = bootBanner(this.pdev.asRef(), this.fw);
    this.pdev.asRef().toNormal().info(`${banner} (stopping)`);
  }
}
