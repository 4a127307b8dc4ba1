// A media decoder drops its registration only when firmware loading fails; on success nothing keeps it.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface DecoderData {
  readonly nodeName: string;
  readonly firmware: string;
}

function loadFirmware(name: string): string {
  if (name.length === 0) throw new Error('no firmware');
  return `${name}.bin`;
}

export const driver: pci.Driver<DecoderData> = {
  name: 'held6-vdec',
  idTable: [{ vendor: 0x1ae0, device: 0x0042 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-vdec');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'vdec', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0); // expect: bindsafe/no-leaked-registration
    let firmware: string;
    try {
      firmware = loadFirmware('vdec-g2');
    } catch (err) {
      void reg.drop();
      throw err;
    }
    return { nodeName: reg.device().name, firmware };
  },
};
