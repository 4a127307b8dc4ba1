import ts from 'typescript';

// A seeded, deterministic mutator over TypeScript source text for the fuzz test: the same seed
// and source always give the same mutant, so a failure reproduces from the seed and the mutant's
// index alone. Tokens come from the TypeScript scanner (with the parser's re-scans for template
// literals and regular expressions approximated), so operators work on real tokens, not bytes.

/** A pseudo-random source: `next()` in [0, 1). */
export interface Rng {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: a tiny 32-bit PRNG, good enough for fuzzing and fully deterministic. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts (joined by `:`): derives one mutant's seed from the run's seed and its index. */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join(':')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

export interface Token {
  readonly kind: ts.SyntaxKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const trivia = new Set([
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.ShebangTrivia,
  ts.SyntaxKind.ConflictMarkerTrivia,
]);

/** Tokens after which a `/` starts a regular expression rather than a division. */
const expressionEnds = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.ExclamationToken,
]);

/**
 * The tokens of `text`, comments included (dropping or duplicating a `// SAFETY:` comment is a
 * mutation too), whitespace and line breaks left out. Total on any input: the scanner always
 * advances, and an unterminated literal is just a token that runs to the end.
 */
export function tokenize(text: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ false, ts.LanguageVariant.Standard, text);
  const tokens: Token[] = [];
  // Open `{` and template substitutions, so a `}` that closes a `${` is re-scanned as template text.
  const braces: ('brace' | 'template')[] = [];
  let previous: ts.SyntaxKind | undefined;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (trivia.has(kind)) continue;
    if (kind === ts.SyntaxKind.CloseBraceToken && braces.at(-1) === 'template') {
      braces.pop();
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push('template');
    } else if (kind === ts.SyntaxKind.CloseBraceToken) {
      braces.pop();
    } else if (kind === ts.SyntaxKind.OpenBraceToken) {
      braces.push('brace');
    } else if (kind === ts.SyntaxKind.TemplateHead) {
      braces.push('template');
    } else if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && (previous === undefined || !expressionEnds.has(previous))) {
      kind = scanner.reScanSlashToken();
    }
    tokens.push({ kind, start: scanner.getTokenStart(), end: scanner.getTokenEnd(), text: scanner.getTokenText() });
    if (kind !== ts.SyntaxKind.SingleLineCommentTrivia && kind !== ts.SyntaxKind.MultiLineCommentTrivia) previous = kind;
  }
  return tokens;
}

export const mutationOperators = [
  'drop-token',
  'duplicate-token',
  'truncate',
  'swap-identifiers',
  'replace-identifier',
  'delete-line',
  'duplicate-line',
  'insert-brackets',
  'insert-token',
  'deep-nesting',
  'bad-byte',
] as const;
export type MutationOperator = (typeof mutationOperators)[number];

/** One mutant: its bytes as written to disk, and what was done to the source. */
export interface Mutant {
  readonly bytes: Uint8Array;
  /** The operators applied, in order, with their parameters (for failure messages). */
  readonly ops: readonly string[];
  /** Whether a NUL or an invalid UTF-8 byte was inserted (the analyzer must skip the file). */
  readonly undecodable: boolean;
}

export interface MutateOptions {
  /** Nesting depth of `deep-nesting` (default 300: well below where TypeScript's parser overflows). */
  readonly maxDepth?: number;
  /** Probability of a `deep-nesting` operation (default 0.04). */
  readonly deepNesting?: number;
  /** Probability of a `bad-byte` operation (default 0.02). */
  readonly badByte?: number;
}

type TextOperator = Exclude<MutationOperator, 'deep-nesting' | 'bad-byte'>;

/** Relative weights of the operators applied 1–3 times to every mutant. */
const weights: readonly (readonly [TextOperator, number])[] = [
  ['drop-token', 4],
  ['duplicate-token', 3],
  ['truncate', 1],
  ['swap-identifiers', 4],
  ['replace-identifier', 5],
  ['delete-line', 4],
  ['duplicate-line', 4],
  ['insert-brackets', 2],
  ['insert-token', 3],
];
const totalWeight = weights.reduce((n, [, w]) => n + w, 0);

function pickOperator(rng: Rng): TextOperator {
  let r = rng.next() * totalWeight;
  for (const [op, w] of weights) {
    r -= w;
    if (r < 0) return op;
  }
  return weights[0]![0];
}

/** Keywords and punctuation `insert-token` inserts: the constructs the engine and the parser care about. */
const insertable = [
  'await', 'async', 'using', 'await using', 'return', 'yield', 'new', 'delete', 'void', 'typeof',
  '=>', '?.', '!', '?', ':', ',', ';', '...', '=', '+', 'as any', 'as never', 'satisfies', 'function',
  'class', 'static', 'get', 'declare', 'export', 'default', 'import', 'this', 'super', 'null',
  'undefined', '@', '#x', '`', "'", '"', '/*', '*/', '//', '${', '<T>', 'if', 'else', 'try', 'finally',
  'throw', 'break', 'continue', 'for', 'while', 'switch', 'case', 'enum', 'namespace', 'let', 'const',
  '\\u0041', '0n', '1e999', '\u2028',
];

const brackets = '()[]{}<>';

type Wrapper = (inner: string, depth: number) => string;
/** Ways to nest an expression `depth` deep; each stays a valid expression. */
const wrappers: readonly (readonly [string, Wrapper])[] = [
  ['parens', (x, d) => `${'('.repeat(d)}${x}${')'.repeat(d)}`],
  ['arrays', (x, d) => `${'['.repeat(d)}${x}${']'.repeat(d)}`],
  ['calls', (x, d) => `${'id('.repeat(d)}${x}${')'.repeat(d)}`],
  ['non-null', (x, d) => `${x}${'!'.repeat(d)}`],
  ['as-any', (x, d) => `${'('.repeat(d)}${x}${' as any)'.repeat(d)}`],
  ['binary', (x, d) => Array.from({ length: d + 1 }, () => x).join(' + ')],
  ['conditional', (x, d) => `${`${x} ? ${x} : `.repeat(d)}${x}`],
  ['arrows', (x, d) => `${'() => '.repeat(d)}${x}`],
  ['object', (x, d) => `${'{ a: '.repeat(d)}${x}${' }'.repeat(d)}`],
];

/** A mutant of `source`: 1–3 token or line operations, sometimes deep nesting, rarely a bad byte. */
export function mutate(source: string, rng: Rng, options: MutateOptions = {}): Mutant {
  const maxDepth = options.maxDepth ?? 300;
  let text = source;
  const ops: string[] = [];
  const count = rng.between(1, 3);
  for (let i = 0; i < count; i++) {
    const op = pickOperator(rng);
    const applied = applyTextOperator(op, text, rng);
    text = applied.text;
    ops.push(applied.description);
  }
  if (rng.chance(options.deepNesting ?? 0.04)) {
    const identifiers = tokenize(text).filter((t) => t.kind === ts.SyntaxKind.Identifier);
    if (identifiers.length > 0) {
      const target = rng.pick(identifiers);
      const [name, wrap] = rng.pick(wrappers);
      const depth = rng.between(Math.min(50, maxDepth), maxDepth);
      text = splice(text, target.start, target.end, wrap(target.text, depth));
      ops.push(`deep-nesting(${name} x${depth} around \`${target.text}\` at ${target.start})`);
    }
  }
  let bytes: Uint8Array = Buffer.from(text, 'utf8');
  let undecodable = false;
  if (rng.chance(options.badByte ?? 0.02)) {
    // At a character boundary, so the byte itself is what makes the file undecodable.
    const at = Buffer.byteLength(text.slice(0, rng.int(text.length + 1)), 'utf8');
    const bad = rng.pick([0x00, 0xff, 0xfe, 0x80, 0xc3, 0xed]);
    const b = Buffer.from(bytes);
    bytes = Buffer.concat([b.subarray(0, at), Buffer.from([bad]), b.subarray(at)]);
    // 0xc3/0xed may by chance complete a valid sequence with the byte after them.
    undecodable = bad === 0x00 || !isUtf8(bytes);
    ops.push(`bad-byte(0x${bad.toString(16).padStart(2, '0')} at byte ${at})`);
  }
  return { bytes, ops, undecodable };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

const show = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Applies one operator; an operator with nothing to work on (no identifiers, empty file) is a no-op. */
export function applyTextOperator(op: TextOperator, text: string, rng: Rng): { text: string; description: string } {
  const tokens = tokenize(text);
  const identifiers = tokens.filter((t) => t.kind === ts.SyntaxKind.Identifier);
  const boundary = (): number => (tokens.length === 0 ? 0 : rng.chance(0.5) ? rng.pick(tokens).start : rng.pick(tokens).end);
  switch (op) {
    case 'drop-token': {
      if (tokens.length === 0) return { text, description: 'drop-token(none)' };
      const t = rng.pick(tokens);
      return { text: splice(text, t.start, t.end, ''), description: `drop-token(${show(t.text)} at ${t.start})` };
    }
    case 'duplicate-token': {
      if (tokens.length === 0) return { text, description: 'duplicate-token(none)' };
      const t = rng.pick(tokens);
      return { text: splice(text, t.end, t.end, ` ${t.text}`), description: `duplicate-token(${show(t.text)} at ${t.start})` };
    }
    case 'truncate': {
      const at = rng.int(text.length + 1);
      return { text: text.slice(0, at), description: `truncate(at ${at} of ${text.length})` };
    }
    case 'swap-identifiers': {
      const distinct = new Set(identifiers.map((t) => t.text));
      if (distinct.size < 2) return { text, description: 'swap-identifiers(none)' };
      const a = rng.pick(identifiers);
      const others = identifiers.filter((t) => t.text !== a.text);
      const b = rng.pick(others);
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      const swapped = splice(splice(text, second.start, second.end, first.text), first.start, first.end, second.text);
      return { text: swapped, description: `swap-identifiers(\`${first.text}\` at ${first.start}, \`${second.text}\` at ${second.start})` };
    }
    case 'replace-identifier': {
      const distinct = [...new Set(identifiers.map((t) => t.text))];
      if (distinct.length < 2) return { text, description: 'replace-identifier(none)' };
      const t = rng.pick(identifiers);
      const by = rng.pick(distinct.filter((name) => name !== t.text));
      return { text: splice(text, t.start, t.end, by), description: `replace-identifier(\`${t.text}\` at ${t.start} by \`${by}\`)` };
    }
    case 'delete-line': {
      const lines = text.split('\n');
      const i = rng.int(lines.length);
      lines.splice(i, 1);
      return { text: lines.join('\n'), description: `delete-line(${i + 1})` };
    }
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = rng.int(lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return { text: lines.join('\n'), description: `duplicate-line(${i + 1})` };
    }
    case 'insert-brackets': {
      const at = boundary();
      const inserted = Array.from({ length: rng.between(1, 4) }, () => brackets[rng.int(brackets.length)]).join('');
      return { text: splice(text, at, at, inserted), description: `insert-brackets(${show(inserted)} at ${at})` };
    }
    case 'insert-token': {
      const at = boundary();
      const inserted = rng.pick(insertable);
      return { text: splice(text, at, at, ` ${inserted} `), description: `insert-token(${show(inserted)} at ${at})` };
    }
  }
}
