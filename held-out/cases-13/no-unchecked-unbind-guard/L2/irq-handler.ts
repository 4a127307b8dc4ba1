// A PCI display controller's vblank IRQ handler enters its DRM device and asserts the guard. [class 7]
import { drm, type pci } from '@bindsafe/kernel';

interface VblankRegData {
  readonly vblanks: number[];
}
type DispDrm = drm.Driver<{ readonly label: string }, VblankRegData, {}, 'pci'>;

interface Disp {
  readonly drm: drm.Device<DispDrm>;
  readonly reg: drm.Registration<DispDrm>;
  readonly irq: pci.IrqRegistration;
}

const dispDrm: DispDrm = {
  info: { name: 'heldisp', desc: 'Held-out display', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};

export const dispDriver: pci.Driver<Disp> = {
  name: 'heldisp',
  idTable: [{ vendor: 0x8086, device: 0x46a6 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(dispDrm, pdev, { label: 'disp' });
    const reg = drm.Registration.new(pdev, udev, { vblanks: [] }, 0);
    const ddev = reg.device();
    const irq = pdev.requestIrq(0, 'heldisp/vblank', () => {
      using guard = ddev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
      guard.registrationDataWith((_parent, data) => data.vblanks.push(Date.now()));
    });
    return { drm: ddev, reg, irq };
  },
};
