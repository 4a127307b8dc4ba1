// A subclass calling an inherited tagged method with a SAFETY comment after an await.
import type { device } from '@bindsafe/kernel';
import { Sensor } from './base.js';

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Thermal extends Sensor {
  constructor(dev: device.Device, private readonly offset = 0) {
    super(dev);
  }

  override async sample(): Promise<number> {
    await settle(1);
    const value = 40 + this.offset;
    // SAFETY: `sample` is awaited by probe before it returns, so `dev` is still bound here.
    this.emit(`thermal ${value}`);
    return value;
  }
}
