// A platform touchscreen controller quiesces the chip through a default-exported helper and lets the data's drop free the interrupt. [class 1]
import type { devres, platform } from '@bindsafe/kernel';
import quiesce from './quiesce.js';

interface TouchData {
  readonly irq: platform.IrqRegistration;
  readonly io: devres.Devres<platform.IoMem>;
  readonly contacts: { x: number; y: number }[];
}

export const touchDriver: platform.Driver<TouchData> = {
  name: 'goodix-lite',
  idTable: [{ compatible: 'goodix,gt911' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const contacts: { x: number; y: number }[] = [];
    const irq = pdev.requestIrq(0, 'goodix-lite', () => {
      const raw = io.tryAccessWith((mem) => mem.read32(0x814e));
      if (raw !== undefined) contacts.push({ x: raw & 0xffff, y: raw >>> 16 });
    });
    return { irq, io, contacts };
  },
  unbind(pdev, data) {
    quiesce(data.io, pdev.asRef());
    pdev.asRef().info(`goodix-lite: ${data.contacts.length} contacts seen`);
  },
};
