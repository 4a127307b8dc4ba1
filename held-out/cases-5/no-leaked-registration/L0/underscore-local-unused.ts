// A class driver keeps the child in `_child` the way Rust code writes `let _reg = …`, but the local dies with probe.
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

interface Codec {
  readonly regs: devres.Devres<pci.Bar>;
  readonly revision: number;
}

class CodecDriver implements pci.Driver<Codec> {
  readonly name = 'held5c-codec';
  readonly idTable = [{ vendor: 0x8086, device: 0x51c8 }];

  probe(pdev: pci.Device<device.Core>): Codec {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-codec');
    const _child = auxiliary.Registration.new(pdev.asRef(), 'sdw', 0, 'held5c_codec'); // expect: bindsafe/no-leaked-registration
    return { regs, revision: pdev.revision };
  }
}

export const codecDriver = new CodecDriver();
