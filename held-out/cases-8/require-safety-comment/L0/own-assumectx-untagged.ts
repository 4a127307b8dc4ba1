// A PCI FPGA has its own Bitstream class with an assumeCtx() method that has no @unsafe tag: no comment is needed.
import type { devres, pci } from '@bindsafe/kernel';

enum Stage {
  Blank,
  Loaded,
  Running,
}

class Bitstream {
  #stage = Stage.Blank;
  /** Moves the bitstream bookkeeping to the given stage. */
  assumeCtx(stage: Stage): this {
    this.#stage = stage;
    return this;
  }
  get stage(): Stage {
    return this.#stage;
  }
}

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly image: Bitstream }> = {
  name: 'held8-fpga-own-method',
  idTable: [{ vendor: 0x10ee, device: 0x7021 }],
  probe(pdev) {
    const image = new Bitstream().assumeCtx(Stage.Loaded);
    return { regs: pdev.iomapRegion(0, 'fpga'), image };
  },
};
