// The unsafe call sits inside a template literal's conditional placeholder of a log line, with no SAFETY comment.
import type { devres, platform } from '@bindsafe/kernel';

export class PhyData {
  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
    readonly verbose: boolean,
  ) {}

  describe(): string {
    return `phy ${this.handle.name}: ${this.verbose ? `link=${this.mem.access(this.handle.asRef().unsafeAsBound()).read32(0x04)}` : 'quiet'}`; // expect: bindsafe/require-safety-comment
  }
}

export const phyDriver: platform.Driver<PhyData, { readonly verbose: boolean }> = {
  name: 'held-usb-phy',
  idTable: [{ compatible: 'qcom,usb-hs-phy', info: { verbose: true } }],
  probe(pdev, info) {
    return new PhyData(pdev.toNormal(), pdev.iomapResource(0), info?.verbose ?? false);
  },
};
