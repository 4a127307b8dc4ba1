// A platform MDIO bus builds a report array in unbind, aliases it, and pushes the PHY names it reads from the data.
import type { device, platform } from '@bindsafe/kernel';

interface MdioData {
  readonly phys: ReadonlyMap<number, string>;
}

export const mdioDriver: platform.Driver<MdioData> = {
  name: 'h8-mdio',
  idTable: [{ compatible: 'acme,mdio' }],
  probe(_pdev: platform.Device<device.Core>): MdioData {
    return { phys: new Map([[1, 'rtl8211f']]) };
  },
  unbind(pdev, data) {
    const lines: string[] = [];
    const out = lines;
    for (const [addr, phy] of data.phys) out.push(`${addr}:${phy}`);
    out.sort();
    pdev.asRef().info(`h8-mdio: detaching ${lines.join(' ')}`);
  },
};
