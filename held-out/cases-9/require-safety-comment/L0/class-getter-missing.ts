// A platform fan controller re-proves binding inside a getter with no SAFETY comment at all.
import type { device, devres, platform } from '@bindsafe/kernel';

export class FanState {
  constructor(
    private readonly handle: device.Device,
    private readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  get rpm(): number {
    const dev = this.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    return this.mem.access(dev).read32(0x10) & 0xffff;
  }
}

export const fanDriver: platform.Driver<FanState> = {
  name: 'h9-fan',
  idTable: [{ compatible: 'acme,pwm-fan' }],
  probe(pdev) {
    return new FanState(pdev.asRef().toNormal(), pdev.iomapResource(0));
  },
  unbind(pdev, data) {
    pdev.asRef().info(`fan stopped at ${data.rpm} rpm`);
  },
};
