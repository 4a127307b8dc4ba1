// A generic make<T>() helper times and logs any constructor; probe builds its children through it and the data keeps them. [class 7]
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

function make<T>(log: (message: string) => void, what: string, build: () => T): T {
  const started = Date.now();
  const value = build();
  log(`${what} ready in ${Date.now() - started} ms`);
  return value;
}

interface Camera {
  readonly regs: devres.Devres<pci.Bar>;
  readonly isp: auxiliary.Registration;
  readonly csi: auxiliary.Registration;
}

export const cameraDriver: pci.Driver<Camera> = {
  name: 'held5c-camera',
  idTable: [{ vendor: 0x8086, device: 0x465d }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-camera');
    const parent: device.Device<device.Bound> = pdev.asRef();
    const log = (message: string): void => parent.info(message);
    const isp = make(log, 'isp', () => auxiliary.Registration.new(parent, 'isp', 0, 'held5c_camera'));
    const csi = make(log, 'csi', () => auxiliary.Registration.new(parent, 'csi2', 0, 'held5c_camera'));
    return { regs, isp, csi };
  },
};
