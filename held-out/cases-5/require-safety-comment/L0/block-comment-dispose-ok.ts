// A platform PWM data class justifies unsafeAsBound() in its destructor with a multi-line /* SAFETY: */ block and a multi-line // comment.
import type { devres, platform } from '@bindsafe/kernel';

export class PwmData implements Disposable {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    /* SAFETY: the driver data is dropped during unbind, before devres is released and before
       the device is unbound, so the device is still bound while this destructor runs. */
    const bound = this.handle.asRef().unsafeAsBound();
    this.mem.access(bound).write32(0, 0x00);
    // SAFETY: same as above: still inside the teardown of this binding, and the bound view is
    // only used for this one message.
    this.handle.asRef().unsafeAsBound().info('pwm outputs disabled');
  }
}

export const pwmDriver: platform.Driver<PwmData> = {
  name: 'held-pwm',
  idTable: [{ compatible: 'rockchip,rk3288-pwm' }],
  probe(pdev) {
    return new PwmData(pdev.toNormal(), pdev.iomapResource(0));
  },
};
