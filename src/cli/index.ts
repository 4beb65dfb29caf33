#!/usr/bin/env node
import { codeCacheDir, startCodeCache } from '../core/code-cache';
import { tuneV8ForScanning } from '../core/v8-tuning';
import { restoreStartFlags } from '../core/warm-up';

const v8Flags = tuneV8ForScanning();
const argv = process.argv.slice(2);
const cacheDir = codeCacheDir(process.env);
const codeCache = startCodeCache({
  bundleDir: __dirname,
  cacheDir,
  purpose: argv[0] ?? '',
  salt: v8Flags.join(' '),
});
// Loaded once the cache is in place, so the chunk that holds the scanners compiles through it.
void import('./main.js')
  .then(({ main }) => main(argv))
  .then((code) => {
    process.exitCode = code;
    restoreStartFlags();
    codeCache.save();
  });
