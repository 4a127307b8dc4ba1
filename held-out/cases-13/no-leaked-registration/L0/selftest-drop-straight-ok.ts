// A loopback child exists only for the probe-time self-test and is dropped right after it. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface NicInfo {
  readonly queues: number;
}

function loopbackName(reg: auxiliary.Registration): string {
  return reg.name.toUpperCase();
}

export const nicDriver: pci.Driver<{ readonly queues: number; readonly tested: string }, NicInfo> = {
  name: 'fastnic',
  idTable: [{ vendor: 0x15b3, device: 0x1017, info: { queues: 8 } }],
  probe(pdev, info) {
    const loopback = auxiliary.Registration.new(pdev.asRef(), 'loopback', 0, 'fastnic');
    const tested = loopbackName(loopback);
    void loopback.drop();
    return { queues: info?.queues ?? 1, tested };
  },
};
