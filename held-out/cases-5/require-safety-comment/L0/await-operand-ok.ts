// An async destructor of PCI driver data awaits a helper whose argument makes the unsafe call; the SAFETY comment sits above the await statement. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

function quiesce(bar: pci.Bar): Promise<number> {
  bar.write32(0x0, 0x04);
  return Promise.resolve(bar.read32(0x08));
}

export class FabricData implements AsyncDisposable {
  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  async [Symbol.asyncDispose](): Promise<void> {
    // SAFETY: the bus awaits this destructor during unbind, before it revokes devres and unbinds
    // the device, so the device is bound for the synchronous part of quiesce().
    const pending = await quiesce(this.regs.access(this.handle.asRef().unsafeAsBound()));
    this.handle.asRef().info(`fabric quiesced, ${pending} requests pending`);
  }
}

export const fabricDriver: pci.Driver<FabricData> = {
  name: 'held-fabric',
  idTable: [{ vendor: 0x1d0f, device: 0xefa1 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new FabricData(pdev.toNormal(), pdev.iomapRegion(0, 'held-fabric'));
  },
};
