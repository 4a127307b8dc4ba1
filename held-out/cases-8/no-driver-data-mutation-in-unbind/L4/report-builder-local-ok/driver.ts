// A PCI power-management driver builds its final report in an array unbind creates, with a helper that pushes into its argument.
import type { device, pci } from '@bindsafe/kernel';
import { addEntries } from './report/index.js';

interface PmData {
  readonly residency: ReadonlyMap<string, number>;
}

export const pmDriver: pci.Driver<PmData> = {
  name: 'h8-pmc',
  idTable: [{ vendor: 0x8086, device: 0xa0a1 }],
  probe(_pdev: pci.Device<device.Core>): PmData {
    return { residency: new Map([['c6', 70], ['c10', 12]]) };
  },
  unbind(pdev, data) {
    const report = addEntries(['h8-pmc residency:'], data.residency);
    pdev.asRef().info(report.join(' '));
  },
};
