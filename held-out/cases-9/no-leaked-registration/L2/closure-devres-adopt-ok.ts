// An SoC glue driver uses a local `attach` closure that hands each child to a `Devres`, kept in the data's array.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface GlueData {
  readonly managed: devres.Devres<auxiliary.Registration>[];
}

export const glueDriver: pci.Driver<GlueData> = {
  name: 'held9-glue',
  idTable: [{ vendor: 0x1e4b, device: 0x1202 }],
  probe(pdev: pci.Device<device.Core>) {
    const data: GlueData = { managed: [] };
    const attach = (name: string): void => {
      const child = auxiliary.Registration.new(pdev.asRef(), name, 0, 'held9_glue');
      data.managed.push(new devres.Devres(pdev.asRef(), child));
    };
    attach('clk');
    attach('reset');
    return data;
  },
};
