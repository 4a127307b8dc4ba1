// Each configured GPIO line is exported through a helper that keeps its child registration only in a module-level Set.
import { auxiliary, type device, type devres, type platform } from '@bindsafe/kernel';

const exported = new Set<auxiliary.Registration>();

function exportLine(parent: device.Device<device.Bound>, line: number): string {
  const reg = auxiliary.Registration.new(parent, 'gpio', line, 'held4_pinctrl');
  exported.add(reg);
  return reg.name;
}

interface PinInfo {
  readonly exportedLines: readonly number[];
}

interface Pinctrl {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly lines: readonly string[];
}

export const pinctrlDriver: platform.Driver<Pinctrl, PinInfo> = {
  name: 'held4-pinctrl',
  idTable: [{ compatible: 'held4,pinctrl', info: { exportedLines: [3, 7, 12] } }],
  probe(pdev, info) {
    const mmio = pdev.iomapResource(0);
    const lines: string[] = [];
    for (const line of info?.exportedLines ?? []) lines.push(exportLine(pdev.asRef(), line)); // expect: bindsafe/no-leaked-registration
    return { mmio, lines };
  },
};
