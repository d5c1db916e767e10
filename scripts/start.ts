// npm start: serves dist/excel on https://localhost:3000 with the Office dev certificates and sideloads the add-in where it can.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import devCerts from 'office-addin-dev-certs';
import certificatePaths from 'office-addin-dev-certs/lib/defaults.js';
import { createStaticServer } from './dev-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PORT = 3000;
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

async function main(): Promise<void> {
  const tls = await certificates();
  const server = createStaticServer(join(root, 'dist/excel'), tls);
  server.listen(PORT, 'localhost', () => {
    writeFileSync(PID_FILE, String(process.pid));
    console.log(`Serving dist/excel on https://localhost:${PORT}`);
    sideload();
  });
}

await main();
