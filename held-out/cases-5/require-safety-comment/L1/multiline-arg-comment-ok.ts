// Inside a multi-line call, the SAFETY comment sits on the line directly above the argument that makes the unsafe call.
import type { devres, pci } from '@bindsafe/kernel';

function programWindow(bar: pci.Bar, base: number, size: number): void {
  bar.write32(base, 0x10);
  bar.write32(size - 1, 0x14);
}

export class BridgeData implements Disposable {
  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    programWindow(
      // SAFETY: the destructor runs during unbind, before devres is revoked and the device unbound.
      this.regs.access(this.handle.asRef().unsafeAsBound()),
      0,
      1,
    );
  }
}

export const bridgeDriver: pci.Driver<BridgeData> = {
  name: 'held-ntb',
  idTable: [{ vendor: 0x1022, device: 0x145b }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-ntb');
    programWindow(regs.access(pdev.asRef()), 0x8000_0000, 0x10_0000);
    return new BridgeData(pdev.toNormal(), regs);
  },
};
