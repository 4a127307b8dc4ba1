// A class driver derived from an abstract base keeps its child registration on `this`.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
}

abstract class ChildSpawningDriver implements pci.Driver<Data> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  protected child: auxiliary.Registration | undefined;

  probe(pdev: pci.Device<device.Core>): Data {
    const regs = pdev.iomapRegion(0, this.name);
    this.child = auxiliary.Registration.new(pdev.asRef(), `${this.name}-gfx`, 0, 'held_spawn'); // expect: bindsafe/no-leaked-registration
    return { regs };
  }
}

class SpawnDriver extends ChildSpawningDriver {
  readonly name = 'held-spawn';
  readonly idTable = [{ vendor: 0x10de, device: 0x2308 }];
}

export const spawnDriver = new SpawnDriver();
