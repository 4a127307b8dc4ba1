// [class 4] A platform event-counter driver reduces its event list into a fresh Map (the accumulator is created by unbind) and logs it.
import type { device, platform } from '@bindsafe/kernel';

interface HwEvent {
  readonly kind: 'irq' | 'dma' | 'error';
  readonly at: number;
}

interface EvtData {
  readonly events: readonly HwEvent[];
}

export const evtDriver: platform.Driver<EvtData> = {
  name: 'h8-evt',
  idTable: [{ compatible: 'acme,evt-counter' }],
  probe(_pdev: platform.Device<device.Core>): EvtData {
    return { events: [{ kind: 'irq', at: 1 }, { kind: 'error', at: 2 }] };
  },
  unbind(pdev, data) {
    const byKind = data.events.reduce(
      (acc, event) => acc.set(event.kind, (acc.get(event.kind) ?? 0) + 1),
      new Map<HwEvent['kind'], number>(),
    );
    pdev.asRef().info(`h8-evt: ${[...byKind].map(([k, n]) => `${k}=${n}`).join(' ')}`);
  },
};
