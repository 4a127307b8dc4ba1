import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';

// The kernel's own source (or build) directory: frames inside it are the model, not the caller.
const kernelDir = fileURLToPath(new URL('../', import.meta.url));
const kernelDirUrl = new URL('../', import.meta.url).href;

function isKernelFrame(frame: string): boolean {
  return frame.includes(kernelDir) || frame.includes(kernelDirUrl) || frame.includes('node:internal') || !/[\\/]/.test(frame);
}

function location(frame: string): string {
  // "    at fn (file:///a/b.ts:1:2)" or "    at /a/b.ts:1:2"
  const inParens = /\((.*)\)\s*$/.exec(frame);
  let where = (inParens ? inParens[1] : frame.replace(/^\s*at\s+/, '')) ?? frame;
  if (where.startsWith('file://')) where = fileURLToPath(where.replace(/:\d+:\d+$/, '')) + (/:\d+:\d+$/.exec(where)?.[0] ?? '');
  const rel = relative(process.cwd(), where);
  return rel.startsWith('..') ? where : rel.split(sep).join('/');
}

/**
 * Where the kernel API currently running was called from: the first stack frame outside the
 * kernel package, as `path:line:column` (relative to the working directory when inside it), or
 * `undefined` when no such frame exists.
 */
export function captureSite(): string | undefined {
  return siteIn(traceHere());
}

/**
 * `captureSite()`, paid for only if the site is ever needed: the stack is recorded now (cheap),
 * formatted and searched on the first call of the returned function (which remembers the answer).
 * For sites that are rarely reported, such as where an unbind was asked for.
 */
export function captureSiteLazily(): () => string | undefined {
  const trace = traceHere();
  let site: { readonly value: string | undefined } | undefined;
  return () => (site ??= { value: siteIn(trace) }).value;
}

function traceHere(): Error {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const trace = new Error();
  Error.stackTraceLimit = limit;
  return trace;
}

function siteIn(trace: Error): string | undefined {
  for (const frame of (trace.stack ?? '').split('\n').slice(1)) {
    if (!isKernelFrame(frame)) return location(frame);
  }
  return undefined;
}
