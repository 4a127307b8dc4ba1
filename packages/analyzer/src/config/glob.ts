/**
 * A small glob matcher for `include`/`exclude`, over POSIX paths relative to the config file.
 *
 * `*` matches within one path segment, `?` one character, `**` any number of whole segments,
 * `[abc]`/`[!abc]` a character class, `{a,b}` alternatives. A pattern ending in `/` matches
 * everything below that directory, and a pattern that matches a directory matches every file
 * beneath it (`exclude: ["generated"]`). A leading `./` is ignored. Dot-files are matched like
 * any other file.
 */
export type GlobMatcher = (relativePath: string) => boolean;

export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const regexps = patterns.map(globToRegExp);
  return (relativePath) => {
    const candidates = [relativePath, ...ancestorsOf(relativePath)];
    return regexps.some((re) => candidates.some((c) => re.test(c)));
  };
}

/** The directories containing `p`, innermost last: `a/b/c.ts` → `a`, `a/b`. */
function ancestorsOf(p: string): string[] {
  const parts = p.split('/');
  const result: string[] = [];
  for (let i = 1; i < parts.length; i++) result.push(parts.slice(0, i).join('/'));
  return result;
}

function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (p.endsWith('/')) p += '**';
  return new RegExp(`^${translate(p)}$`);
}

function translate(p: string): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i] as string;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atSegmentStart = i === 0 || p[i - 1] === '/';
        const next = p[i + 2];
        if (atSegmentStart && next === '/') {
          out += '(?:[^/]*/)*'; // `**/`: zero or more whole segments
          i += 3;
          continue;
        }
        if (atSegmentStart && next === undefined) {
          out += '.*'; // trailing `**`: everything below
          i += 2;
          continue;
        }
      }
      out += '[^/]*';
      i += 1;
    } else if (c === '?') {
      out += '[^/]';
      i += 1;
    } else if (c === '[') {
      const close = p.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        i += 1;
      } else {
        let body = p.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close + 1;
      }
    } else if (c === '{') {
      const close = p.indexOf('}', i);
      if (close === -1) {
        out += '\\{';
        i += 1;
      } else {
        const alternatives = p.slice(i + 1, close).split(',').map(translate);
        out += `(?:${alternatives.join('|')})`;
        i = close + 1;
      }
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
      i += 1;
    }
  }
  return out;
}
