// The dev server serves dist/excel's files with their types and nothing else.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/dev-server';

const top = mkdtempSync(join(tmpdir(), 'dev-server-'));
const root = join(top, 'site');
mkdirSync(root);
writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
writeFileSync(join(root, 'functions.json'), '{"functions":[]}');
writeFileSync(join(top, 'secret.txt'), 'not to be served');
const server = createStaticServer(root);
let port: number;

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
  port = (server.address() as AddressInfo).port;
  resolve();
})));
afterAll(() => { server.close(); });

/** A raw request, so that the path reaches the server exactly as written. */
function get(path: string, method = 'GET'): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createStaticServer', () => {
  it('serves the task pane at / and files with their content types', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/functions.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', body: '{"functions":[]}' });
  });

  it('answers 404 for a missing file and for anything outside its folder', async () => {
    expect((await get('/nothing.js')).status).toBe(404);
    expect((await get('/../secret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/..%2fsecret.txt')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/', 'HEAD')).status).toBe(200);
  });
});
