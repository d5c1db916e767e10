// npm start: serves the browser workbook (dist/web) on http://localhost:8080 and opens it, and the Excel add-in (dist/excel) on https://localhost:3000.
import { spawn, spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import devCerts from 'office-addin-dev-certs';
import certificatePaths from 'office-addin-dev-certs/lib/defaults.js';
import { createStaticServer } from './dev-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PORT = 3000;
/** The browser workbook's port; the next free one when it is taken. */
export const WEB_PORT = 8080;
export const PID_FILE = join(root, '.dev-server.pid');

/** The dev certificates, trusted by the system when the platform lets us install the CA. */
async function certificates(): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }> {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`Could not install the development CA certificate (${(error as Error).message}).`);
    await devCerts.generateCertificates();
    console.warn(`Trust ${certificatePaths.caCertificatePath} in your browser or system to open https://localhost:${PORT} without warnings.`);
    const { localhostKeyPath, localhostCertificatePath, caCertificatePath } = certificatePaths;
    const [key, cert, ca] = await Promise.all([localhostKeyPath, localhostCertificatePath, caCertificatePath].map((path) => readFile(path)));
    return { key, cert, ca };
  }
}

function sideload(): void {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    // Fetched only here: the sideloading tool pulls ~450 MB and a native module that desktop platforms can build.
    const result = spawnSync('npx', ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml', 'desktop', '--app', 'excel',
      '--dev-server-port', String(PORT), '--no-debug', '--no-live-reload'], { cwd: root, stdio: 'inherit', shell: true });
    if (result.status === 0) return;
    console.warn('Sideloading into Excel desktop did not work; load the add-in by hand as below.');
  }
  console.log(`
Load the add-in into Excel:
  - Excel on the web: open a workbook, Home > Add-ins > More add-ins > My add-ins > Upload My Add-in,
    and choose ${join(root, 'manifest.xml')}.
  - Excel on Windows without sideloading: share a folder, put manifest.xml in it, add the folder's
    network path under File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs
    (tick "Show in Menu"), restart Excel, then Home > Add-ins > More add-ins > Shared Folder.
Then type =KPI. in a cell, or open the task pane from Home > Sales KPI.
Stop with Ctrl+C or npm stop.`);
}

/** Listens on `port`, or on the next free port up to ten above it. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = (p: number) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && p < port + 10) attempt(p + 1);
        else reject(error);
      });
      server.listen(p, 'localhost', () => resolve(p));
    };
    attempt(port);
  });
}

/** Opens `url` in the default browser where there is a desktop to open it on; says nothing when there is none. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? ['open', url]
    : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url]
      : process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', url] : undefined;
  if (!command || process.env.CI) return;
  const child = spawn(command[0], command.slice(1), { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}

async function main(): Promise<void> {
  writeFileSync(PID_FILE, String(process.pid));
  // The browser workbook first: it needs no certificate, no Office and no Google account.
  const webPort = await listen(createStaticServer(join(root, 'dist/web'), undefined, 'index.html'), WEB_PORT);
  const webUrl = `http://localhost:${webPort}/`;
  console.log(`Sales KPI workbook (runs in your browser, offline; your data stays on this computer):\n  ${webUrl}\n`);
  openBrowser(webUrl);

  const tls = await certificates();
  await listen(createStaticServer(join(root, 'dist/excel'), tls), PORT);
  console.log(`Excel add-in files: https://localhost:${PORT} (for Excel; see below)`);
  sideload();
}

await main();
