// A PCI GPU's data owns an imported power sequencer whose @unsafe method unbind calls without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';
import { PowerSequencer } from './power.js';

interface GpuData {
  readonly handle: device.Device;
  readonly power: PowerSequencer;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'h9-gpu-power',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), power: new PowerSequencer(pdev.iomapRegion(0, 'gpu')) };
  },
  unbind(pdev, data) {
    const steps = data.power.powerDown(data.handle); // expect: bindsafe/require-safety-comment
    pdev.asRef().info(`power-down step ${steps}`);
  },
};
