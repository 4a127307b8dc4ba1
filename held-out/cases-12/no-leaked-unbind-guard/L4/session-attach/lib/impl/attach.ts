// Session helpers: attach the register window a session should use.
import type { pci } from '@bindsafe/kernel';

export interface Session {
  readonly id: number;
  window?: pci.Bar;
}

export function attachWindow(session: Session, bar: pci.Bar): void {
  session.window = bar;
}
