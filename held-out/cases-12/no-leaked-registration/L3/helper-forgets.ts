// A PCI ethernet controller creates its MDIO child through a helper that forgets the registration.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

function spawnMdio(parent: device.Device<device.Bound>, port: number): void {
  auxiliary.Registration.new(parent, 'mdio', port, 'stmmac_lite');
  parent.info(`mdio bus ${port} up`);
}

export const ethDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'stmmac-lite',
  idTable: [{ vendor: 0x16c3, device: 0x7102 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'stmmac/bar0');
    spawnMdio(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};
