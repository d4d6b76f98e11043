import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/chromium.js';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium', () => {
  it('takes /usr/bin/chromium on a Debian machine', () => {
    expect(findChromium({ PATH: '/usr/local/bin:/usr/bin' }, only('/usr/bin/chromium'))).toEqual({
      found: true,
      path: '/usr/bin/chromium',
    });
  });

  it('looks on PATH first, then in /usr/bin even without PATH', () => {
    expect(
      findChromium({ PATH: '/opt/bin:/usr/bin' }, only('/opt/bin/chromium', '/usr/bin/chromium')),
    ).toEqual({ found: true, path: '/opt/bin/chromium' });
    expect(findChromium({}, only('/usr/bin/google-chrome'))).toEqual({
      found: true,
      path: '/usr/bin/google-chrome',
    });
  });

  it('prefers chromium to chromium-browser to google-chrome', () => {
    const all = only('/usr/bin/google-chrome', '/usr/bin/chromium-browser', '/usr/bin/chromium');
    expect(findChromium({ PATH: '/usr/bin' }, all)).toMatchObject({ path: '/usr/bin/chromium' });
    const noChromium = only('/usr/bin/google-chrome', '/usr/bin/chromium-browser');
    expect(findChromium({ PATH: '/usr/bin' }, noChromium)).toMatchObject({
      path: '/usr/bin/chromium-browser',
    });
  });

  it('honours CHROMIUM_PATH and nothing else when it is set', () => {
    expect(
      findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium')),
    ).toEqual({ found: true, path: '/opt/chrome/chrome' });
    const wrong = findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium'));
    expect(wrong).toEqual({
      found: false,
      message: expect.stringContaining('CHROMIUM_PATH=/nowhere/chrome'),
    });
  });

  it('says in one line what to install when there is none', () => {
    const lookup = findChromium({ PATH: '/usr/local/bin:/usr/bin' }, only());
    expect(lookup.found).toBe(false);
    if (lookup.found) return;
    expect(lookup.message).toContain('apt-get install chromium');
    expect(lookup.message).toContain('CHROMIUM_PATH');
    expect(lookup.message).not.toContain('\n');
  });
});
