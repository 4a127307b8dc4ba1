// unbind passes the data's link state and a report it created to an imported helper that fills only the report. [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import { collectTelemetry, type LinkState, type Report } from './telemetry.js';

interface Retimer {
  readonly regs: devres.Devres<pci.Bar>;
  readonly link: LinkState;
}

export const retimerDriver: pci.Driver<Retimer> = {
  name: 'held5c-retimer',
  idTable: [{ vendor: 0x8086, device: 0x0b26 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'held5c-retimer'), link: { lanes: 4, errors: [0, 0, 0, 0] } };
  },
  unbind(pdev, data) {
    const report: Report = { lines: [], worst: 0 };
    collectTelemetry(data.link, report);
    data.regs.access(pdev.asRef()).write32(0, 0x50);
    pdev.asRef().info(`held5c-retimer: worst lane ${report.worst}\n${report.lines.join('\n')}`);
  },
};
