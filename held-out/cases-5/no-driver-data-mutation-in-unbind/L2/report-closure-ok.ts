// unbind walks the data's channels with callbacks that fill a report object unbind itself created, then logs it. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

interface Channel {
  readonly id: number;
  readonly errors: number;
}

interface Can {
  readonly regs: devres.Devres<pci.Bar>;
  readonly channels: ReadonlyMap<number, Channel>;
}

export const canDriver: pci.Driver<Can> = {
  name: 'held5c-can',
  idTable: [{ vendor: 0x1c2c, device: 0x000e }],
  probe(pdev) {
    const channels = new Map<number, Channel>([
      [0, { id: 0, errors: 0 }],
      [1, { id: 1, errors: 0 }],
    ]);
    return { regs: pdev.iomapRegion(0, 'held5c-can'), channels };
  },
  unbind(pdev, data) {
    const report = { lines: [] as string[], errors: 0 };
    data.channels.forEach((channel) => {
      report.lines.push(`can${channel.id}: ${channel.errors} errors`);
      report.errors += channel.errors;
    });
    report.lines.sort();
    data.regs.access(pdev.asRef()).write32(0, 0x00);
    pdev.asRef().info(`held5c-can: ${report.errors} errors\n${report.lines.join('\n')}`);
  },
};
