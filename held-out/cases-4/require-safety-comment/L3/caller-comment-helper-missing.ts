// The caller justifies a call to a plain helper (a function declaration, not @unsafe), while the unsafe call inside the helper has no comment of its own. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

function quiesce(handle: platform.Device, mem: devres.Devres<platform.IoMem>): void {
  const dev = handle.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
  const io = mem.access(dev);
  io.write32(0, 0x00);
  io.write32(0xffff_ffff, 0x14);
}

export class DmaData implements Disposable {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound. // expect: bindsafe/require-safety-comment
    quiesce(this.handle, this.mem);
  }
}

export const pdmaDriver: platform.Driver<DmaData> = {
  name: 'held-pdma',
  idTable: [{ compatible: 'arm,pl330' }],
  probe(pdev) {
    return new DmaData(pdev.toNormal(), pdev.iomapResource(0));
  },
};
