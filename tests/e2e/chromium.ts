// Finds the Chromium (or Chrome) that the browser tests drive. playwright-core downloads no browser
// here: npm test needs one installed (Debian: apt-get install chromium), or CHROMIUM_PATH set to one.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Names looked up on PATH, then in /usr/bin, when CHROMIUM_PATH is unset. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_CHROMIUM = 'apt-get install chromium fonts-dejavu-core';

export type ChromiumLookup = { found: true; path: string } | { found: false; message: string };

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROMIUM_PATH when set (and then only it), else the first of CHROMIUM_NAMES on PATH or in /usr/bin.
 * When none is there, `message` is the one line telling what to do.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  isExecutable: (path: string) => boolean = isExecutableFile,
): ChromiumLookup {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    return isExecutable(explicit)
      ? { found: true, path: explicit }
      : {
          found: false,
          message: `CHROMIUM_PATH=${explicit} is not an executable file: point it at a Chromium or Chrome binary, or unset it and ${INSTALL_CHROMIUM}.`,
        };
  }
  const dirs = [...(env.PATH ?? '').split(delimiter).filter((dir) => dir !== ''), '/usr/bin'];
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return { found: true, path };
    }
  }
  return {
    found: false,
    message: `npm test needs Chromium for the browser tests (tests/e2e): ${INSTALL_CHROMIUM} (or set CHROMIUM_PATH to a Chromium or Chrome binary).`,
  };
}
