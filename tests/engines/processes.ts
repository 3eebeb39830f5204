import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

// A run stopped with Ctrl+C or a crash in a hook must not leave Xvfb or a driver behind.
process.once('exit', () => stopAll());

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts a helper program (server, X display, driver); it is stopped by `stop` or when this process exits. */
export function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  // Drained so a chatty program never blocks on a full pipe; kept for the error message if it dies.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  Object.defineProperty(child, 'recentOutput', { get: () => output });
  return child;
}

/** The last lines a program started by `start` printed. */
export const recentOutput = (child: ChildProcess) => (child as ChildProcess & { recentOutput: string }).recentOutput;

/** Stops one program started by `start` and waits until it has exited. */
export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Stops every program still running (synchronously, as an exit handler must). */
export function stopAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Resolves once `url` answers over HTTP; fails with the program's output if it exits first or after `ms`. */
export async function waitForHttp(url: string, child: ChildProcess, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode}) before ${url} answered:\n${recentOutput(child)}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms:\n${recentOutput(child)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
