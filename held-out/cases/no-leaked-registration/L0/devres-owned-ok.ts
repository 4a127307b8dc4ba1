// A registration handed to a Devres is released (and so dropped) at unbind.
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly child: devres.Devres<auxiliary.Registration> }> = {
  name: 'held-nlr-devres',
  idTable: [{ vendor: 0x10de, device: 0x3005 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const child = new devres.Devres(dev, auxiliary.Registration.new(dev, 'gpu-aux', 1, 'held_core'));
    return { child };
  },
};
