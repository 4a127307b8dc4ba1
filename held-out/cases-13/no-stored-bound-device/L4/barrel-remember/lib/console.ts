// Early console support: remembers the IoMem of the console UART.
import type { platform } from '@bindsafe/kernel';

let consoleIo: platform.IoMem | undefined;

export function rememberConsole(io: platform.IoMem): void {
  consoleIo = io;
}

export function earlyWrite(ch: number): void {
  consoleIo?.write32(ch, 0x00);
}
