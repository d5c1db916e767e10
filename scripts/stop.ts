// npm stop: stops the dev server that npm start left running and unregisters the sideloaded add-in.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = join(root, '.dev-server.pid');

if (process.platform === 'win32' || process.platform === 'darwin') {
  spawnSync('npx', ['--yes', 'office-addin-debugging@6', 'stop', 'manifest.xml'], { cwd: root, stdio: 'inherit', shell: true });
}
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid);
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log('The dev server was not running.');
  }
  rmSync(pidFile);
} else {
  console.log('No dev server to stop.');
}
