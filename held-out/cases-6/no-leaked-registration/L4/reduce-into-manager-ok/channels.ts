// Channel bookkeeping for the DMA controller: a manager owning a list, filled by a `reduce`.
import { auxiliary, type device } from '@bindsafe/kernel';

export class ChannelList {
  readonly regs: auxiliary.Registration[] = [];
}

export class ChannelManager {
  constructor(readonly list: ChannelList = new ChannelList()) {}
}

export function makeChannels(parent: device.Device<device.Bound>, ids: readonly number[]): ChannelManager {
  return ids.reduce((mgr, id) => {
    mgr.list.regs.push(auxiliary.Registration.new(parent, 'xdma-chan', id, 'held6_xdma'));
    return mgr;
  }, new ChannelManager());
}
