// Finding a Chromium-family browser (Chromium, Chrome, Edge) for the browser tests, or installing Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The environment variable that names a browser executable to use instead of searching. */
export const BROWSER_VARIABLE = 'CHROMIUM_PATH';

/**
 * Debian's packages: the browser, fonts with Persian and Greek glyphs so screenshots show real text, and
 * LibreOffice Calc without its desktop, which opens the .xlsx files the browser workbook writes.
 */
export const DEBIAN_PACKAGES = ['chromium', 'fonts-noto-core', 'libreoffice-calc-nogui'] as const;

/** The environment variable that names LibreOffice's soffice to use instead of the one on the PATH. */
export const SOFFICE_VARIABLE = 'SOFFICE_PATH';

/** LibreOffice's soffice for the .xlsx tests, or what to install. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): { found: string } | { problem: string } {
  const candidates = [env[SOFFICE_VARIABLE], '/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice']
    .filter((path): path is string => Boolean(path));
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return { found: path };
    } catch {
      // the next one
    }
  }
  return { problem: `The .xlsx tests need LibreOffice Calc and none was found: install it (Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui), or set ${SOFFICE_VARIABLE} to its soffice.` };
}

/** Where Chromium, Chrome and Edge install themselves on each platform, the likeliest first. */
export function browserCandidates(platform: string, env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  if (platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((app) => `/Applications/${app}`), ...apps.map((app) => join(home, 'Applications', app))];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    const apps = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return roots.flatMap((root) => apps.map((app) => `${root}\\${app}`));
  }
  return [
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium',
    '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge',
  ];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type BrowserSearch =
  | { readonly found: string; readonly from: 'variable' | 'search' }
  | { readonly found?: undefined; readonly problem: string };

/** The browser named by CHROMIUM_PATH, else the first one installed where browsers install themselves. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: string = process.platform,
  exists: (path: string) => boolean = isExecutable,
): BrowserSearch {
  const named = env[BROWSER_VARIABLE];
  if (named) {
    return exists(named)
      ? { found: named, from: 'variable' }
      : { problem: `${BROWSER_VARIABLE} is ${named}, but no executable is there: point it at a Chromium, Chrome or Edge executable.` };
  }
  const found = browserCandidates(platform, env).find(exists);
  return found ? { found, from: 'search' } : { problem: whatToInstall(platform) };
}

/** One line that says what to install where nothing was found and nothing could be installed. */
export function whatToInstall(platform: string): string {
  const how = platform === 'darwin' || platform === 'win32'
    ? 'install Google Chrome, Microsoft Edge or Chromium'
    : `install Chromium (Debian/Ubuntu: sudo apt-get install ${DEBIAN_PACKAGES.filter((name) => !name.startsWith('libreoffice')).join(' ')}), Google Chrome or Microsoft Edge`;
  return `The browser tests need Chromium, Chrome or Edge and none was found: ${how}, or set ${BROWSER_VARIABLE} to one's executable.`;
}

/** Whether this is a Debian-family machine where we may run apt-get ourselves: root, with apt-get and dpkg. */
export function canInstallDebianPackages(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return ['apt-get', 'dpkg'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0);
}

/** The Debian packages of DEBIAN_PACKAGES that are not installed. */
export function missingDebianPackages(): string[] {
  return DEBIAN_PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !(status.status === 0 && status.stdout.includes('install ok installed'));
  });
}

/** Installs Debian packages with apt-get, its output shown; true when it worked. */
export function installDebianPackages(packages: readonly string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
}
