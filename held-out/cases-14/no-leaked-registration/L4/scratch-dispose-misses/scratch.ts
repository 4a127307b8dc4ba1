// A scratch holder for probe-time children; its dispose method only clears its log, it never drops the child.
import type { auxiliary } from '@bindsafe/kernel';

export class Scratch implements Disposable {
  readonly log: string[] = [];

  constructor(readonly child: auxiliary.Registration) {
    this.log.push(`holding ${child.name}`);
  }

  [Symbol.dispose](): void {
    this.log.length = 0;
  }
}
