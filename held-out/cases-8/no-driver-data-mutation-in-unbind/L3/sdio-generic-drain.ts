// An auxiliary SDIO function driver drains its data's request queue with a generic same-file helper that splices its argument.
import type { auxiliary, device } from '@bindsafe/kernel';

interface SdioRequest {
  readonly opcode: number;
}

interface SdioData {
  readonly queue: SdioRequest[];
}

function drain<T>(queue: T[]): T[] {
  return queue.splice(0, queue.length);
}

export const sdioFuncDriver: auxiliary.Driver<SdioData> = {
  name: 'h8-sdio-func',
  idTable: [{ modname: 'h8_mmc', name: 'sdio' }],
  probe(_adev: auxiliary.Device<device.Core>): SdioData {
    return { queue: [{ opcode: 53 }] };
  },
  unbind(adev, data) {
    const left = drain(data.queue); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`h8-sdio-func: ${left.length} requests cancelled`);
  },
};
