/**
 * Colour for human output: only on a terminal, unless the environment says otherwise.
 * `FORCE_COLOR` wins (`0`/`false` turn colour off, anything else on, as in Node); then a
 * non-empty `NO_COLOR` turns it off (https://no-color.org); otherwise: colour iff a TTY.
 */
export function colourEnabled(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  return isTTY === true;
}

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string): string => text;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: identity, yellow: identity, green: identity, dim: identity, bold: identity, underline: identity };
  return { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };
}
