// unbind clears the poll interval and watchdog timeout the data holds and works on local copies of its counters: reading only. [class 4]
import type { devres, pci } from '@bindsafe/kernel';

interface Stats {
  polls: number;
  timeouts: number;
}

interface Poller {
  readonly regs: devres.Devres<pci.Bar>;
  readonly stats: Stats;
  readonly poll: NodeJS.Timeout;
  readonly watchdog: NodeJS.Timeout;
}

export const pollerDriver: pci.Driver<Poller> = {
  name: 'held5c-poller',
  idTable: [{ vendor: 0x1fc9, device: 0x3015 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-poller');
    const stats: Stats = { polls: 0, timeouts: 0 };
    const poll = setInterval(() => {
      stats.polls++;
    }, 100);
    const watchdog = setTimeout(() => {
      stats.timeouts++;
    }, 5_000);
    return { regs, stats, poll, watchdog };
  },
  unbind(pdev, data) {
    clearInterval(data.poll);
    clearTimeout(data.watchdog);
    let { polls } = data.stats;
    const timeouts = data.stats.timeouts;
    polls += timeouts;
    data.regs.access(pdev.asRef()).write32(0, 0x20);
    pdev.asRef().info(`held5c-poller: ${polls} events before unbind`);
  },
};
