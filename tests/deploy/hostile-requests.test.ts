/**
 * Requests no browser sends, written byte by byte on a raw socket (an HTTP client would normalise them):
 * path traversal, over-long URLs and headers, broken syntax, header injection. Each must get a clean 4xx
 * from nginx, never a file from outside the build folder, and nginx must keep serving afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startNginx, type RunningNginx} from '../../scripts/serve-nginx';
import {baseUrl, rawRequest, request} from './support';

const host = new URL(baseUrl).host;
const get = (target: string, headers = ''): string =>
  `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${headers}Connection: close\r\n\r\n`;

/** Text that appears in files outside the build folder a traversal would aim at. */
const OUTSIDE_MARKERS = [/root:.*:0:0:/, /worker_processes/, /listen-and-root/, /"devDependencies"/];

function expectCleanRefusal(raw: string, status: number | undefined, what: string, allowed: number[]): void {
  expect(status, `${what} answered:\n${raw.slice(0, 300)}`).toBeDefined();
  expect(allowed, `${what} answered ${status}`).toContain(status);
  expect(raw, what).toMatch(/\r\nServer: nginx\r\n/);
  for (const marker of OUTSIDE_MARKERS) expect(raw, `${what} leaked a file`).not.toMatch(marker);
}

describe('path traversal', () => {
  const attempts = [
    '/../etc/passwd',
    '/../../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/es/../../etc/passwd',
    '/docs/..;/..;/etc/passwd',
    '/..%252f..%252f..%252fetc%252fpasswd',
    '/..%5c..%5c..%5cetc%5cpasswd',
    '/./.././../etc/passwd',
    '/etc/passwd',
    '/deploy/nginx.conf',
    '/../package.json',
    '/%2e%2e/package.json',
    'http://127.0.0.1/../../etc/passwd',
  ];

  it.each(attempts)('GET %s gets a 4xx and nothing from outside the build', async (target) => {
    const {status, raw} = await rawRequest(get(target));
    expectCleanRefusal(raw, status, target, [400, 404]);
  });
});

describe('over-long and oversized requests', () => {
  it('a URL longer than the header buffer gets 414', async () => {
    const target = `/docs/${'a'.repeat(10_000)}`;
    const {status, raw} = await rawRequest(get(target));
    expectCleanRefusal(raw, status, 'a 10 KB URL', [414]);
  });

  it('a 100 KB URL gets 414, and the connection is closed cleanly', async () => {
    const {status, raw} = await rawRequest(get(`/${'%2e'.repeat(33_000)}`));
    expectCleanRefusal(raw, status, 'a 100 KB URL', [414, 400]);
  });

  it('an oversized header gets 400', async () => {
    const {status, raw} = await rawRequest(get('/', `Cookie: ${'x'.repeat(20_000)}\r\n`));
    expectCleanRefusal(raw, status, 'a 20 KB cookie', [400]);
  });

  it('a request body gets 413 or 405, never read to the end', async () => {
    const body = 'x'.repeat(64 * 1024);
    const {status, raw} = await rawRequest(
      `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expectCleanRefusal(raw, status, 'a 64 KB POST', [413, 405]);
  });
});

describe('malformed requests', () => {
  const malformed: [string, string][] = [
    ['not HTTP at all', 'GARBAGE\r\n\r\n'],
    ['a method with forbidden characters', `G{T / HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    ['HTTP/1.1 without Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ['two Host headers', `GET / HTTP/1.1\r\nHost: ${host}\r\nHost: example.com\r\n\r\n`],
    ['a folded (obsolete) header line', `GET / HTTP/1.1\r\nHost: ${host}\r\n folded\r\n\r\n`],
    ['a control character in a header name', `GET / HTTP/1.1\r\nHost: ${host}\r\nBad\x01Name: x\r\n\r\n`],
    ['a NUL byte in a header value', `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Test: a\0b\r\n\r\n`],
    ['an unknown HTTP version', `GET / HTTP/1.x\r\nHost: ${host}\r\n\r\n`],
    ['a lowercase method', `get / HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    ['no path', `GET HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    ['a path without its leading slash', `GET docs HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    ['an HTTP/2 preface on an HTTP/1 port', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
    [
      'a TLS handshake on a plain HTTP port',
      Buffer.from('16030100a5010000a10303' + '00'.repeat(50), 'hex').toString('latin1'),
    ],
    [
      'every byte value',
      `${Buffer.from(Array.from({length: 255}, (_, i) => i + 1)).toString('latin1')}\r\n\r\n`,
    ],
    ['a space inside the path', `GET /docs/a b HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    ['a NUL byte in the path', `GET /%00 HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    ['a raw NUL byte in the request line', `GET /\0 HTTP/1.1\r\nHost: ${host}\r\n\r\n`],
    [
      'Content-Length with Transfer-Encoding (request smuggling)',
      `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ],
    ['a negative Content-Length', `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: -1\r\n\r\n`],
    ['a Host with a path in it', `GET / HTTP/1.1\r\nHost: ../../etc\r\n\r\n`],
  ];

  it.each(malformed)('%s gets 400', async (what, bytes) => {
    const {status, raw} = await rawRequest(bytes);
    expectCleanRefusal(raw, status, what, [400]);
  });

  it('a bad chunk size gets 400, or 405 before the body is even read', async () => {
    const bytes = `POST / HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n`;
    const {status, raw} = await rawRequest(bytes);
    expectCleanRefusal(raw, status, 'a bad chunk size', [400, 405]);
  });

  it('an encoded CR LF in a path is never copied into a response header', async () => {
    for (const target of [
      '/docs/x%0d%0aSet-Cookie:%20injected=1/',
      '/x%0D%0ALocation:%20//example.com/index.html',
    ]) {
      const {status, raw} = await rawRequest(get(target));
      expectCleanRefusal(raw, status, target, [400, 404]);
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
      expect(head, target).not.toMatch(/\r\n(?:Set-Cookie|Location): /i);
    }
  });

  it('nginx still serves pages after all of the above', async () => {
    const reply = await request('/');
    expect(reply.status).toBe(200);
  });
});

describe('symbolic links', () => {
  // A build folder holding links that point outside it, served by a second nginx with the same configuration.
  let nginx: RunningNginx;
  let root: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-with-links-'));
    fs.chmodSync(root, 0o755);
    fs.mkdirSync(path.join(root, 'es'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
    fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>not found</title>');
    fs.writeFileSync(path.join(root, 'es', '404.html'), '<!doctype html><title>no encontrada</title>');
    fs.symlinkSync('/etc/passwd', path.join(root, 'passwd.html'));
    fs.symlinkSync('/etc', path.join(root, 'etc'));
    nginx = await startNginx({dir: root});
  });

  afterAll(async () => {
    await nginx?.stop();
    fs.rmSync(root, {recursive: true, force: true});
  });

  it.each(['/passwd', '/passwd.html', '/etc/passwd', '/etc/hostname'])(
    '%s through a link gets a 4xx',
    async (target) => {
      const response = await fetch(nginx.url + target, {redirect: 'manual'});
      const body = await response.text();
      expect([301, 403, 404], target).toContain(response.status);
      for (const marker of OUTSIDE_MARKERS) expect(body, target).not.toMatch(marker);
      if (response.status === 301) {
        const next = await fetch(nginx.url + response.headers.get('location'), {redirect: 'manual'});
        expect(next.status).toBe(404);
      }
    },
  );
});
