// A PCI NIC's reset path re-proves binding inside one arm of a switch over the reset kind, without a SAFETY comment.
import type { device, devres, pci } from '@bindsafe/kernel';

type ResetKind = 'soft' | 'hard' | 'none';

interface NicData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
  readonly reset: ResetKind;
}

export function applyReset(data: NicData): void {
  switch (data.reset) {
    case 'hard': {
      const dev = data.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
      data.regs.access(dev).write32(1, 0x04);
      break;
    }
    case 'soft':
      data.handle.info('soft reset is a no-op on this revision');
      break;
    case 'none':
      break;
  }
}

export const nicDriver: pci.Driver<NicData, ResetKind> = {
  name: 'h9-nic',
  idTable: [{ vendor: 0x10ec, device: 0x8168, info: 'hard' }],
  probe(pdev, info) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(2, 'nic'), reset: info ?? 'none' };
  },
  unbind(_pdev, data) {
    applyReset(data);
  },
};
