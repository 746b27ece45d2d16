/**
 * Writes a gzip copy (`x.js.gz`) beside every compressible file of the production build, at the highest
 * level, once, so nginx (`gzip_static on` in deploy/nginx.conf) sends those bytes instead of compressing
 * the same file again for every request. The main bundle is half a megabyte: compressing it on the fly
 * costs tens of milliseconds of CPU per request (see the load benchmark), sending a ready file costs none.
 * Files that would not shrink, or are too small to bother (nginx's gzip_min_length), are left alone.
 *
 * Usage: tsx scripts/precompress.ts [--dir build]
 * In code: `const {files} = precompress('build');`
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import zlib from 'node:zlib';

/** What deploy/nginx.conf compresses (gzip_types, plus HTML). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);
/** deploy/nginx.conf's gzip_min_length. */
export const MIN_LENGTH = 256;

export interface PrecompressResult {
  files: number;
  bytes: number;
  gzipBytes: number;
}

export function precompress(dir: string): PrecompressResult {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No production build in ${root} (index.html is missing). Build it first: npm run build`);
  }
  const result: PrecompressResult = {files: 0, bytes: 0, gzipBytes: 0};
  for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = fs.readFileSync(file);
    if (content.length < MIN_LENGTH) continue;
    const gzipped = zlib.gzipSync(content, {level: zlib.constants.Z_BEST_COMPRESSION});
    if (gzipped.length >= content.length) continue;
    fs.writeFileSync(`${file}.gz`, gzipped);
    // Same modification time as the original, so Last-Modified does not depend on which copy is sent.
    const {atime, mtime} = fs.statSync(file);
    fs.utimesSync(`${file}.gz`, atime, mtime);
    result.files += 1;
    result.bytes += content.length;
    result.gzipBytes += gzipped.length;
  }
  return result;
}

function main(): void {
  const {values} = parseArgs({options: {dir: {type: 'string', default: 'build'}}});
  const {files, bytes, gzipBytes} = precompress(values.dir);
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(`Precompressed ${files} files in ${values.dir}: ${mb(bytes)} → ${mb(gzipBytes)} gzip.`);
}

if (typeof require !== 'undefined' && require.main === module) main();
