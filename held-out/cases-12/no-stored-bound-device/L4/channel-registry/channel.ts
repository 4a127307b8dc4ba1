import type { platform } from '@bindsafe/kernel';

const open = new Map<number, Channel>();
let nextId = 0;

export class Channel {
  readonly id = nextId++;
  constructor(readonly io: platform.IoMem) {
    open.set(this.id, this);
  }
  start(): void {
    this.io.write32(1, 0x0);
  }
}

export const openChannels = (): number => open.size;
