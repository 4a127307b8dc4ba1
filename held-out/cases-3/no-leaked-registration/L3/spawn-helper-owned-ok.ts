// A same-file helper makes the children and returns them; the driver data owns the array.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

function spawnChildren(parent: device.Device<device.Bound>, count: number): auxiliary.Registration[] {
  const out: auxiliary.Registration[] = [];
  for (let id = 0; id < count; id++) out.push(auxiliary.Registration.new(parent, `held-spawned-${id}`, id, 'held_spawned'));
  return out;
}

export const spawnedDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly children: auxiliary.Registration[] }> = {
  name: 'held-spawned',
  idTable: [{ vendor: 0x10de, device: 0x2314 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-spawned');
    return { regs, children: spawnChildren(pdev.asRef(), 2) };
  },
};
