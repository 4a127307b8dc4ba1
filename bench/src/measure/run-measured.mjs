// @ts-check
/**
 * Runs one tool in a fresh node process with the metrics preload and returns its wall time
 * (measured here, spawn to exit: node start-up and module loading included, as a user sees it)
 * and the CPU and peak RSS the process reported about itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDir } from '../paths.mjs';

const preload = pathToFileURL(join(benchDir, 'src/measure/metrics-preload.mjs')).href;
const captureLimit = 1 << 20;

/**
 * @typedef {object} Measured
 * @property {number | null} exitCode
 * @property {string | null} signal
 * @property {boolean} timedOut
 * @property {number} wallS
 * @property {number | undefined} userS
 * @property {number | undefined} systemS
 * @property {number | undefined} cpuS
 * @property {number | undefined} maxRssMB   MiB
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * @param {{ args: string[], cwd: string, metricsFile: string, timeoutMs: number }} options
 * @returns {Promise<Measured>}
 */
export function runMeasured({ args, cwd, metricsFile, timeoutMs }) {
  rmSync(metricsFile, { force: true });
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, BINDSAFE_BENCH_METRICS: metricsFile, FORCE_COLOR: '0', NO_COLOR: '1' };
  // The measured process gets exactly the flags below, whatever the caller's shell exported.
  delete env.NODE_OPTIONS;
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', preload, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {{ out: string[], err: string[], outLen: number, errLen: number }} */
    const cap = { out: [], err: [], outLen: 0, errLen: 0 };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      if (cap.outLen < captureLimit) cap.out.push(chunk);
      cap.outLen += chunk.length;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      if (cap.errLen < captureLimit) cap.err.push(chunk);
      cap.errLen += chunk.length;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    /** @type {number} */
    let wallS = 0;
    child.on('exit', () => {
      wallS = Number(process.hrtime.bigint() - started) / 1e9;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      /** @type {{ userUs: number, systemUs: number, maxRssKiB: number } | undefined} */
      let m;
      if (existsSync(metricsFile)) {
        try {
          m = JSON.parse(readFileSync(metricsFile, 'utf8'));
        } catch {
          m = undefined;
        }
      }
      resolvePromise({
        exitCode: code,
        signal,
        timedOut,
        wallS,
        userS: m ? m.userUs / 1e6 : undefined,
        systemS: m ? m.systemUs / 1e6 : undefined,
        cpuS: m ? (m.userUs + m.systemUs) / 1e6 : undefined,
        maxRssMB: m ? m.maxRssKiB / 1024 : undefined,
        stdout: cap.out.join(''),
        stderr: cap.err.join(''),
      });
    });
  });
}
