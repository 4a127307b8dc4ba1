// The driver data is `Object.freeze`d; unbind reads its thresholds, quiesces the fan controller and counts in a local.
import type { devres, pci } from '@bindsafe/kernel';

interface Fan {
  readonly regs: devres.Devres<pci.Bar>;
  readonly thresholds: readonly number[];
  readonly label: string;
}

const FAN_CTRL = 0x20;
const FAN_PWM = 0x24;

export const fanDriver: pci.Driver<Fan> = {
  name: 'held4-fan',
  idTable: [{ vendor: 0x1022, device: 0x1490 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-fan');
    return Object.freeze({ regs, thresholds: Object.freeze([40, 60, 80]), label: `fan-${pdev.revision}` });
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    let zones = 0;
    for (const limit of data.thresholds) {
      if (bar.read32(FAN_CTRL) >= limit) zones++;
    }
    bar.write32(0, FAN_PWM);
    pdev.asRef().info(`${data.label}: ${zones} zones hot at unbind`);
  },
};
