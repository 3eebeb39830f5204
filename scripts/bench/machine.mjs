// The machine a benchmark ran on, so figures from different machines are not compared blindly.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** CPU model, logical cores, RAM, Node and Chromium versions, and the 1-minute load average. */
export function describeMachine(chromePath) {
  let chromium = '未找到 Chromium';
  if (chromePath) {
    try {
      // Debian's wrapper script prints noise on stderr; the version is the only stdout line.
      chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch (error) {
      chromium = `无法读取版本（${error.message.split('\n')[0]}）`;
    }
  }
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    // Other work on the machine slows every timing; the load average says how busy it was.
    loadAverage: +os.loadavg()[0].toFixed(2),
  };
}
