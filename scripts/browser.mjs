// Finds the Chromium the tests drive. Playwright cannot download its own browser here, so the
// suite uses the system's (Debian's `chromium` package) or the one named by CHROME_PATH.
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a usable Chromium, or undefined when none is installed. */
export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = chromiumPath();
  if (found) console.log(found);
  process.exit(found ? 0 : 1);
}
