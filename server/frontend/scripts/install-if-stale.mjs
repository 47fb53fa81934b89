// Runs `npm ci --no-audit --no-fund` unless node_modules was already installed from this exact package-lock.json.
// The Maven build calls it in generate-resources, for frontend/ and (with its path as the argument) for the
// conformance suite's conformance/; a stamp file inside node_modules records the lock file's hash, and `npm ci`
// deletes node_modules first, so a failed install never leaves a stale stamp behind.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontend = process.argv[2] ? resolve(process.argv[2]) : join(dirname(fileURLToPath(import.meta.url)), '..');
const label = `[${basename(frontend)}]`;
const lockHash = createHash('sha256').update(readFileSync(join(frontend, 'package-lock.json'))).digest('hex');
const stamp = join(frontend, 'node_modules', '.secure-access-lock.sha256');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash) {
  console.log(`${label} node_modules matches package-lock.json; skipping npm ci`);
  process.exit(0);
}

console.log(`${label} running npm ci --no-audit --no-fund`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: frontend, stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  console.error(`${label} npm ci failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status || 1);
}
writeFileSync(stamp, lockHash + '\n');
