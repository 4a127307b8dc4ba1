// A PCI storage controller copies its tag Map and seen Set with their constructors and prunes the copies for a report
import type { devres, pci } from '@bindsafe/kernel';

type Cmd = { readonly tag: number; readonly done: boolean };

interface HbaData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly byTag: Map<number, Cmd>;
  readonly seenPorts: Set<number>;
}

export const sataHbaOk: pci.Driver<HbaData> = {
  name: 'sata-hba-ok',
  idTable: [{ vendor: 0x8086, device: 0x2923 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(5, 'sata-hba-ok'), byTag: new Map(), seenPorts: new Set([0]) };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x04);
    const outstanding = new Map(data.byTag);
    for (const [tag, cmd] of outstanding) if (cmd.done) outstanding.delete(tag);
    const ports = new Set(data.seenPorts);
    ports.delete(0);
    const tables = [outstanding, new Map<number, Cmd>()];
    for (const t of tables) t.set(-1, { tag: -1, done: true });
    pdev.asRef().info(`sata-hba: ${outstanding.size - 1} outstanding, ${ports.size} extra ports`);
  },
};
