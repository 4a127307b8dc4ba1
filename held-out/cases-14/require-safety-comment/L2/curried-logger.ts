// A platform SPI controller builds curried per-device loggers; the innermost arrow asks for the bound view bare. [class 7]
import type { device } from '@bindsafe/kernel';

export const logWith =
  (dev: device.Device) =>
  (prefix: string) =>
  (msg: string): void =>
    dev.unsafeAsBound().info(`[${prefix}] ${msg}`); // expect: bindsafe/require-safety-comment

export const spiLog = (dev: device.Device, cs = 0) => logWith(dev)(`spi.cs${cs}`);
