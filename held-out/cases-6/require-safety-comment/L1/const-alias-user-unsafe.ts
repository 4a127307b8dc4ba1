// A GPIO module calls its own @unsafe raw poke through a const alias, with a SAFETY comment.
import type { platform } from '@bindsafe/kernel';

/**
 * Writes a GPIO register without taking the bank lock.
 *
 * @unsafe The caller must hold the bank lock or be the only user of the bank.
 */
export function rawPoke(io: platform.IoMem, offset: number, value: number): void {
  io.write32(value, offset);
}

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-gpio-poke',
  idTable: [{ compatible: 'vendor,gpio-poke' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const poke = rawPoke;
    // SAFETY: probe has not published the bank yet, so nothing else can touch it.
    poke(io, 0x00, 0);
    return { io };
  },
};
