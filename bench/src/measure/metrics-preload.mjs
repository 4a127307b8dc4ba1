// @ts-check
/**
 * Loaded with `node --import` into every measured process. At exit it writes the process's own
 * resource figures to the file named by BINDSAFE_BENCH_METRICS: user and system CPU (all threads
 * of the process), peak resident set size (`ru_maxrss`: KiB on Linux) and uptime. The tool runs
 * in the same process, unchanged, so no GNU `time` is needed.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.BINDSAFE_BENCH_METRICS;
if (out) {
  process.once('exit', (code) => {
    const cpu = process.cpuUsage();
    const usage = process.resourceUsage();
    // libuv reports ru_maxrss in KiB on Linux; macOS reports bytes, which libuv ≥ 1.45 converts.
    const metrics = {
      exitCode: typeof code === 'number' ? code : Number(process.exitCode ?? 0),
      userUs: cpu.user,
      systemUs: cpu.system,
      maxRssKiB: usage.maxRSS,
      uptimeS: process.uptime(),
      heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    };
    writeFileSync(out, JSON.stringify(metrics));
  });
}
