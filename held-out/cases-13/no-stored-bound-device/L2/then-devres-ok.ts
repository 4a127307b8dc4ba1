// A PCI DSP driver enables bus mastering during probe and, when its firmware promise settles, boots the DSP through the Devres container in a .then callback. [class 5]
import type { device, devres, pci } from '@bindsafe/kernel';

abstract class FirmwareLoader {
  abstract fetch(name: string): Promise<Uint8Array>;
}

class CachedLoader extends FirmwareLoader {
  static readonly #cache = new Map<string, Uint8Array>();
  override fetch(name: string): Promise<Uint8Array> {
    const hit = CachedLoader.#cache.get(name) ?? new Uint8Array(64);
    CachedLoader.#cache.set(name, hit);
    return Promise.resolve(hit);
  }
}

class DspData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly firmware: Promise<number>) {}
}

export class DspDriver implements pci.Driver<DspData> {
  readonly name = 'sof_dsp_lite';
  readonly idTable = [{ vendor: 0x8086, device: 0x02c8 }];
  constructor(private readonly loader: FirmwareLoader = new CachedLoader()) {}

  probe(pdev: pci.Device<device.Core>): DspData {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'sof');
    const firmware = this.loader.fetch('sof-cnl.ri').then((blob) => {
      regs.tryAccessWith((bar) => bar.write32(blob.length, 0x10));
      return blob.length;
    });
    return new DspData(regs, firmware);
  }
}
