// A PCI CAN controller declares a local drain() function in unbind that puts the hardware in reset and reports queued frames. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

type CanFrame = readonly [id: number, dlc: number];

interface CanData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly txQueue: CanFrame[];
}

export const canDriver: pci.Driver<CanData> = {
  name: 'peak-can-lite',
  idTable: [{ vendor: 0x001c, device: 0x0008 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'peak-can-lite');
    return { regs, txQueue: [[0x123, 8]] };
  },
  unbind(pdev, data) {
    drain();
    pdev.asRef().info('peak-can-lite: controller in reset mode');

    function drain(): void {
      const bar = data.regs.access(pdev.asRef());
      bar.write8(0x01, 0x00);
      const queued = data.txQueue.map(([id]) => id);
      let id: number | undefined;
      while ((id = queued.pop()) !== undefined) {
        pdev.asRef().info(`peak-can-lite: frame 0x${id.toString(16)} not sent`);
      }
    }
  },
};
