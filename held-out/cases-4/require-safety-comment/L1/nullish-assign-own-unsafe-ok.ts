// A getter caches the result of an own @unsafe function with `??=`; the SAFETY comment is above the `return` that contains the call.
import type { devres, pci } from '@bindsafe/kernel';

/**
 * Reads the fuse word through a freshly asserted binding.
 *
 * @unsafe The caller must guarantee that `handle`'s device is bound to this driver during the call.
 */
function readFuseRaw(handle: pci.Device, regs: devres.Devres<pci.Bar>): number {
  // SAFETY: this function's own contract: the caller guarantees the device is bound.
  return regs.access(handle.asRef().unsafeAsBound()).read32(0x1f0);
}

export class FuseData {
  #fuse: number | undefined;

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /** The fuse word; first read from probe or unbind only. */
  get fuse(): number {
    // SAFETY: the getter is first read in probe (see fuseDriver), where the device is bound; later reads hit the cache.
    return (this.#fuse ??= readFuseRaw(this.handle, this.regs));
  }
}

export const fuseDriver: pci.Driver<FuseData> = {
  name: 'held-fuse',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    const data = new FuseData(pdev.toNormal(), pdev.iomapRegion(0, 'held-fuse'));
    pdev.asRef().info(`fuse 0x${data.fuse.toString(16)}`);
    return data;
  },
};
