// A PCI framebuffer spreads defaults into its data; the SAFETY comment is above the statement before the one with assumeCtx().
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface FbData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly depth: number;
  readonly title: string;
}

const defaults = { depth: 32, title: 'fb' } as const;

export const driver: pci.Driver<FbData> = {
  name: 'held8-fb-spread',
  idTable: [{ vendor: 0x1234, device: 0x1112 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'fb');
    // SAFETY: udev is Uninit until registration. // expect: bindsafe/require-safety-comment
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'fb', regs, submitted: 0 });
    return { ...defaults, regs, title: udev.assumeCtx<drm.Uninit>().name }; // expect: bindsafe/require-safety-comment
  },
};
