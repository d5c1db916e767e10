// Finding the browser for the browser tests: CHROMIUM_PATH first, then where each platform's browsers install.
import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, whatToInstall } from '../../scripts/browser';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findBrowser', () => {
  it('takes the executable CHROMIUM_PATH names before any it would find', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/my/chrome' }, 'linux', only('/opt/my/chrome', '/usr/bin/chromium')))
      .toEqual({ found: '/opt/my/chrome', from: 'variable' });
  });

  it('says so in one line when CHROMIUM_PATH names nothing, rather than searching elsewhere', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/nope' }, 'linux', only('/usr/bin/chromium'))).toEqual({
      problem: 'CHROMIUM_PATH is /nope, but no executable is there: point it at a Chromium, Chrome or Edge executable.',
    });
  });

  it.each([
    ['linux', '/usr/bin/chromium'],
    ['linux', '/usr/bin/google-chrome-stable'],
    ['linux', '/opt/microsoft/msedge/msedge'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['darwin', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['win32', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['win32', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['win32', 'C:\\Users\\sara\\AppData\\Local\\Chromium\\Application\\chrome.exe'],
  ])('finds a browser installed on %s at %s', (platform, path) => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\sara\\AppData\\Local' };
    expect(findBrowser(env, platform, only(path))).toEqual({ found: path, from: 'search' });
  });

  it('prefers Debian\'s Chromium to Chrome on Linux', () => {
    expect(findBrowser({}, 'linux', only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toEqual({ found: '/usr/bin/chromium', from: 'search' });
  });

  it('looks in the user\'s own Applications folder on macOS', () => {
    expect(browserCandidates('darwin', {}, '/Users/nika')).toContain('/Users/nika/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it.each([
    ['linux', 'The browser tests need Chromium, Chrome or Edge and none was found: install Chromium (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-core), Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to one\'s executable.'],
    ['darwin', 'The browser tests need Chromium, Chrome or Edge and none was found: install Google Chrome, Microsoft Edge or Chromium, or set CHROMIUM_PATH to one\'s executable.'],
  ])('says in one line what to install on %s when nothing is found', (platform, line) => {
    expect(findBrowser({}, platform, () => false)).toEqual({ problem: line });
    expect(whatToInstall(platform)).not.toContain('\n');
  });
});
