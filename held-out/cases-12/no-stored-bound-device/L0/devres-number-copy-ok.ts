// A clock controller reads a device-managed number out of its Devres and keeps the copy globally [class 3]
import { devres, type platform } from '@bindsafe/kernel';

let lastRate = 0;
const rates: number[] = [];

export const clkDriver: platform.Driver<{ readonly rate: devres.Devres<number>; readonly io: devres.Devres<platform.IoMem> }> = {
  name: 'clk-lite',
  idTable: [{ compatible: 'acme,clk' }],
  probe(pdev) {
    const rate = new devres.Devres(pdev.asRef(), 24_000_000);
    const io = pdev.iomapResource(0);
    lastRate = rate.access(pdev.asRef());
    rates.push(io.access(pdev.asRef()).read32(0x0));
    return { rate, io };
  },
};

export const currentRate = (): number => lastRate;
