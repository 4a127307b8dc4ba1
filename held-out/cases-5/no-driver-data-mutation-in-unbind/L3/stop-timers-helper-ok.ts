// unbind hands the data's timer handles to a same-file helper that clears them: it only reads what it is given.
import type { devres, platform } from '@bindsafe/kernel';

interface Timers {
  readonly heartbeat: NodeJS.Timeout;
  readonly retrain: NodeJS.Timeout;
}

function stopAll(timers: Readonly<Timers>): number {
  let stopped = 0;
  for (const handle of Object.values(timers)) {
    clearInterval(handle);
    stopped++;
  }
  return stopped;
}

interface Phy {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly timers: Timers;
  readonly beats: { count: number };
}

export const phyDriver: platform.Driver<Phy> = {
  name: 'held5c-phy',
  idTable: [{ compatible: 'held5c,phy' }],
  probe(pdev) {
    const beats = { count: 0 };
    const timers: Timers = {
      heartbeat: setInterval(() => {
        beats.count++;
      }, 1_000),
      retrain: setInterval(() => {
        beats.count = 0;
      }, 60_000),
    };
    return { mem: pdev.iomapResource(0), timers, beats };
  },
  unbind(pdev, data) {
    const stopped = stopAll(data.timers);
    data.mem.access(pdev.asRef()).write32(0, 0x0c);
    pdev.asRef().info(`held5c-phy: ${stopped} timers stopped after ${data.beats.count} beats`);
  },
};
