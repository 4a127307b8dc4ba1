import { createHash } from 'node:crypto';

/** What identifies a finding across unrelated edits: never its line number. */
export interface FingerprintInput {
  readonly ruleId: string;
  /** Repo-relative POSIX path. */
  readonly file: string;
  /** The full text of the finding's first line. */
  readonly lineText: string;
  /** The text of the flagged span. */
  readonly spanText: string;
  /** Offset of the span, to order equal keys within the file. */
  readonly start: number;
}

/**
 * Fingerprints `<hash>:<occurrence>`: the hash covers the rule, the file and the whitespace-
 * normalised text of the primary line and of the flagged span; the occurrence (1-based) tells
 * apart findings with equal keys in one file, in source order. Lines inserted or removed above a
 * finding leave it unchanged; editing the flagged line changes it.
 *
 * Returns one fingerprint per input, in input order.
 */
export function fingerprints(inputs: readonly FingerprintInput[]): string[] {
  const keys = inputs.map(fingerprintKey);
  const order = inputs.map((_, i) => i).sort((a, b) => (inputs[a]?.start ?? 0) - (inputs[b]?.start ?? 0) || a - b);
  const seen = new Map<string, number>();
  const result = new Array<string>(inputs.length);
  for (const i of order) {
    const key = keys[i] as string;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    result[i] = `${key}:${occurrence}`;
  }
  return result;
}

function fingerprintKey(input: FingerprintInput): string {
  return createHash('sha256')
    .update(input.ruleId)
    .update('\0')
    .update(input.file)
    .update('\0')
    .update(normalise(input.lineText))
    .update('\0')
    .update(normalise(input.spanText).slice(0, 1000))
    .digest('hex')
    .slice(0, 16);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
