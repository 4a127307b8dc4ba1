// A platform thermal sensor listens on an emitter its driver data owns and reads its registers in the listener. [class 4]
import { EventEmitter } from 'node:events';
import type { platform } from '@bindsafe/kernel';

const TS_TEMP = 0x04;

interface TsData {
  readonly io: platform.IoMem;
  readonly events: EventEmitter;
  readonly temps: number[];
}

export const ts_driver: platform.Driver<TsData> = {
  name: 'tsens',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const events = new EventEmitter();
    const temps: number[] = [];
    events.on('sample', () => { temps.push(io.read32(TS_TEMP)); });
    return { io, events, temps };
  },
};
