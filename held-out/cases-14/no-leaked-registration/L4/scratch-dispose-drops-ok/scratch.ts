// A scratch holder for probe-time children; its dispose method drops the child it keeps.
import type { auxiliary } from '@bindsafe/kernel';

export class Scratch implements Disposable {
  readonly log: string[] = [];

  constructor(readonly child: auxiliary.Registration) {
    this.log.push(`holding ${child.name}`);
  }

  [Symbol.dispose](): void {
    void this.child.drop();
    this.log.length = 0;
  }
}
