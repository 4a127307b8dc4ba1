// A PWM child's unbind builds a report literal; the SAFETY comment above the statement covers the unsafe property value.
import type { auxiliary, device } from '@bindsafe/kernel';

interface PwmChild {
  readonly parent: device.Device<device.Normal>;
  readonly channel: number;
}

export const driver: auxiliary.Driver<PwmChild> = {
  name: 'held-aux-pwm',
  idTable: [{ modname: 'held_soc', name: 'pwm' }],
  probe(adev) {
    return { parent: adev.parent().toNormal(), channel: adev.id };
  },
  unbind(_adev, data) {
    // SAFETY: an auxiliary parent outlives the binding of its children, so it is bound here.
    const report = {
      channel: data.channel,
      parentName: data.parent.unsafeAsBound().name,
    };
    data.parent.info(`pwm${report.channel} leaving ${report.parentName}`);
  },
};
