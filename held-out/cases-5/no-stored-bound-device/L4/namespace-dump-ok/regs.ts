// Register helpers grouped in an exported namespace: they read a Bar during the call and return plain values.
import type { pci } from '@bindsafe/kernel';

export namespace Regs {
  export const VERSION = 0x00;
  export const CAPS = 0x04;

  export function snapshot(bar: pci.Bar): { version: number; caps: number } {
    return { version: bar.read32(VERSION), caps: bar.read32(CAPS) };
  }

  export function describe(bar: pci.Bar): string {
    const { version, caps } = snapshot(bar);
    return `v${version >>> 16}.${version & 0xffff} caps=${caps.toString(16)}`;
  }
}
