// A PCI ethernet controller creates its MDIO child through a helper that returns it, and keeps it in the driver data.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

function spawnMdio(parent: device.Device<device.Bound>, port: number): auxiliary.Registration {
  const mdio = auxiliary.Registration.new(parent, 'mdio', port, 'stmmac_lite');
  parent.info(`mdio bus ${port} up`);
  return mdio;
}

interface Eth {
  readonly regs: devres.Devres<pci.Bar>;
  readonly mdio: auxiliary.Registration;
}

export const ethDriver: pci.Driver<Eth> = {
  name: 'stmmac-lite',
  idTable: [{ vendor: 0x16c3, device: 0x7102 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'stmmac/bar0');
    return { regs, mdio: spawnMdio(pdev.asRef(), 0) };
  },
};
