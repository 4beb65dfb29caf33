import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A real tar.gz holding a `trivy` script that answers `--version` like Trivy does. */
export function buildTrivyArchive(version: string, marker = 'release'): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-trivy-archive-'));
  const content = path.join(dir, 'content');
  mkdirSync(content);
  const script = path.join(content, 'trivy');
  writeFileSync(script, `#!/bin/sh\necho "Version: ${version}"\necho "Built: ${marker}"\n`);
  chmodSync(script, 0o755);
  writeFileSync(path.join(content, 'LICENSE'), 'Apache License 2.0\n');
  const archive = path.join(dir, 'trivy.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', content, 'trivy', 'LICENSE']);
  return readFileSync(archive);
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface ReleaseServer {
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `files` (path -> body) on 127.0.0.1 like a GitHub release download URL; anything else is 404. */
export async function startReleaseServer(files: Record<string, Buffer | string>): Promise<ReleaseServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const body = files[url];
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': Buffer.byteLength(body),
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/aquasecurity/trivy/releases/download`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const RELEASE_PREFIX = '/aquasecurity/trivy/releases/download';
