// A PWM driver's data has a describe() method that reads the device from its own Device<Bound> field [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

interface PwmData {
  readonly owner: platform.Device<device.Bound>;
  readonly regs: devres.Devres<platform.IoMem>;
  describe(): string;
}

export const pwmDriver: platform.Driver<PwmData> = {
  name: 'pwm-lite-ok',
  idTable: [{ compatible: 'acme,pwm' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const channels = regs.access(pdev.asRef()).read32(0x0) & 0xf;
    return {
      owner: pdev,
      regs,
      describe() {
        return `${this.owner.name}: ${channels} channels`;
      },
    };
  },
};
