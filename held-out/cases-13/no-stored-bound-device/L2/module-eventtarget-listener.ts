// A platform watchdog driver listens for system "reboot" events on a module-level EventTarget and kicks the IoMem from the listener. [class 5]
import type { devres, platform } from '@bindsafe/kernel';

class SystemEvents extends EventTarget {
  static readonly shared = new SystemEvents();
  announceReboot(): void {
    this.dispatchEvent(new Event('reboot'));
  }
}

class WdtData {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly heartbeat: number) {}
}

export const wdtDriver: platform.Driver<WdtData> = {
  name: 'sp805-wdt',
  idTable: [{ compatible: 'arm,sp805' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    io.write32(0x1acce551, 0xc00);
    SystemEvents.shared.addEventListener('reboot', () => io.write32(0, 0x08)); // expect: bindsafe/no-stored-bound-device
    return new WdtData(res, 30);
  },
};
