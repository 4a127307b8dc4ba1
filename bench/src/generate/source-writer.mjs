// @ts-check
/**
 * Builds one generated source file: its imports (grouped by module, type-only names marked) and
 * its body, and remembers the lines of the planted problems so the harness can check that the
 * tools report them where they are.
 */

/**
 * @typedef {object} PlantedLine
 * @property {string} plant  the plant's kind (see plants.mjs)
 * @property {number} line   1-based line of the expression a reader must change
 */

export class SourceWriter {
  /** @type {Map<string, Map<string, boolean>>} module specifier → name → type-only */
  #imports = new Map();
  /** @type {string[]} */
  #body = [];
  /** @type {{ plant: string, bodyLine: number }[]} */
  #plants = [];

  /**
   * @param {string} specifier
   * @param {readonly string[]} names  a leading `type ` marks a type-only name
   */
  import(specifier, names) {
    let entry = this.#imports.get(specifier);
    if (!entry) this.#imports.set(specifier, (entry = new Map()));
    for (const raw of names) {
      const typeOnly = raw.startsWith('type ');
      const name = typeOnly ? raw.slice(5) : raw;
      // A name imported once as a value need not be imported again as a type.
      entry.set(name, (entry.get(name) ?? true) && typeOnly);
    }
  }

  /** Appends a block of lines (a template literal, its own indentation kept). @param {string} block */
  add(block) {
    for (const line of block.split('\n')) this.#body.push(line);
  }

  /** Appends one line holding a planted problem. @param {string} line @param {string} plant */
  plant(line, plant) {
    this.#plants.push({ plant, bodyLine: this.#body.length });
    this.#body.push(line);
  }

  /** @returns {{ text: string, lines: number, plants: PlantedLine[] }} */
  finish() {
    const header = [];
    const kernelFirst = [...this.#imports.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const specifier of kernelFirst) {
      const names = /** @type {Map<string, boolean>} */ (this.#imports.get(specifier));
      const list = [...names]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, typeOnly]) => (typeOnly ? `type ${name}` : name));
      header.push(`import { ${list.join(', ')} } from '${specifier}';`);
    }
    if (header.length > 0) header.push('');
    const lines = [...header, ...this.#body];
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return {
      text: `${lines.join('\n')}\n`,
      lines: lines.length,
      plants: this.#plants.map(({ plant, bodyLine }) => ({ plant, line: header.length + bodyLine + 1 })),
    };
  }
}

/** Package imports before relative ones. @param {string} specifier */
function rank(specifier) {
  return specifier.startsWith('.') ? 1 : 0;
}

/**
 * The specifier to import `toPath` from `fromPath` (both project-relative POSIX paths of `.ts`
 * files), as NodeNext wants it: relative, with the `.js` extension.
 * @param {string} fromPath @param {string} toPath
 */
export function relativeSpecifier(fromPath, toPath) {
  const from = fromPath.split('/').slice(0, -1);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/').replace(/\.ts$/, '.js');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}
