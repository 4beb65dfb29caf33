import { readFileSync } from 'node:fs';
import path from 'node:path';
import { finalStageChain, readDockerfile } from '../../../src/scanners/image/image-dockerfile';
import { createdBy } from '../../../src/scanners/image/layer-attribution';
import { readTrivyReport } from '../../../src/scanners/image/parse-trivy-report';
import { repoFiles } from '../../../src/scanners/image/repo-files';
import { convertTrivyReport } from '../../../src/scanners/image/trivy-to-findings';

const FIXTURES = path.join(__dirname, '../../fixtures/trivy');
const REPO = path.join(FIXTURES, 'repo');

describe('Dockerfile instructions', () => {
  it('joins continuations, drops comments inside them and skips heredoc bodies', () => {
    const dockerfile = readDockerfile(
      'Dockerfile',
      [
        'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
        'RUN go build \\',
        '    # the flags keep the binary static',
        '    -ldflags="-s -w" ./cmd/api',
        'RUN <<EOF',
        'FROM not-an-instruction',
        'EOF',
        'FROM build AS test',
        'FROM gcr.io/distroless/static:nonroot',
        'COPY --from=build /src/api /api',
      ].join('\n'),
    );
    expect(dockerfile.stages.map((stage) => stage.image.written)).toEqual([
      'golang:1.22',
      'build',
      'gcr.io/distroless/static:nonroot',
    ]);
    const [build] = dockerfile.stages;
    expect(build).toMatchObject({
      name: 'build',
      imageRange: { startLine: 1, startColumn: 32, endLine: 1, endColumn: 43 },
    });
    expect(
      build?.instructions.slice(1).map((i) => [i.keyword, i.args, i.range.startLine, i.range.endLine]),
    ).toEqual([
      ['RUN', 'go build     -ldflags="-s -w" ./cmd/api', 2, 4],
      ['RUN', '<<EOF', 5, 7],
    ]);
  });

  it('follows FROM <stage> back to the image the final stage is built on', () => {
    const dockerfile = readDockerfile(
      'Dockerfile',
      'FROM node:20-alpine AS base\nRUN apk add git\nFROM base AS deps\nRUN npm ci\nFROM python:3.12 AS docs\nFROM deps\nCMD ["node"]\n',
    );
    expect(finalStageChain(dockerfile).map((stage) => stage.image.written)).toEqual([
      'node:20-alpine',
      'base',
      'deps',
    ]);
  });

  it('honours the backtick escape directive', () => {
    const dockerfile = readDockerfile(
      'Dockerfile',
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\n',
    );
    expect(dockerfile.stages[0]?.instructions[1]).toMatchObject({
      args: 'dir   c:\\',
      range: { startLine: 3, endLine: 4 },
    });
  });

  it('recognises RUN steps in BuildKit and classic builder history', () => {
    const run = readDockerfile(
      'Dockerfile',
      'FROM debian\nRUN chmod +x /tmp/install.sh && \\\n    /bin/bash -l -c /tmp/install.sh && \\\n    rm /tmp/*\n',
    ).stages[0]!.instructions[1]!;
    expect(
      createdBy(
        '|1 DEBIAN_FRONTEND=noninteractive /bin/sh -c chmod +x /tmp/install.sh &&     /bin/bash -l -c /tmp/install.sh &&     rm /tmp/*',
        run,
      ),
    ).toBe(true);
    expect(
      createdBy(
        'RUN |1 DEBIAN_FRONTEND=noninteractive /bin/sh -c chmod +x /tmp/install.sh && /bin/bash -l -c /tmp/install.sh && rm /tmp/* # buildkit',
        run,
      ),
    ).toBe(true);
    expect(createdBy('RUN /bin/sh -c rm /tmp/* # buildkit', run)).toBe(false);
    const exec = readDockerfile('Dockerfile', 'FROM debian\nRUN ["apt-get", "install", "-y", "curl"]\n')
      .stages[0]!.instructions[1]!;
    expect(createdBy('RUN apt-get install -y curl # buildkit', exec)).toBe(true);
  });
});

describe('anchoring image findings on the Dockerfile', () => {
  const dockerfile = readDockerfile('Dockerfile', readFileSync(path.join(REPO, 'Dockerfile'), 'utf8'));
  const { report } = readTrivyReport(path.join(FIXTURES, 'recorded/shop-image.json'));

  function convert(baseImageUpdates?: Record<string, string>) {
    return convertTrivyReport(report, {
      files: repoFiles(REPO),
      dockerfile,
      image: 'ghcr.io/acme/shop:pr-7',
      ...(baseImageUpdates ? { baseImageUpdates } : {}),
    });
  }

  it('puts base image packages on the FROM line, RUN-installed ones on their RUN, npm ones on the lockfile', () => {
    const findings = convert().findings;
    const byPackage = (name: string) => findings.filter((finding) => finding.properties?.package === name);
    for (const finding of byPackage('libcrypto1.1')) {
      expect(finding.location).toEqual({
        kind: 'file',
        path: 'Dockerfile',
        range: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 19 },
      });
      expect(finding.message).toContain('from the base image alpine:3.10.2');
      const fixed = finding.properties?.fixedVersion;
      expect(finding.message).toContain(
        `Move FROM alpine:3.10.2 to a newer tag or digest whose libcrypto1.1 is ${fixed} or later`,
      );
      expect(finding.message).toContain('apk upgrade --no-cache libcrypto1.1');
    }
    expect(byPackage('libcrypto1.1').length).toBeGreaterThan(0);
    const [nodejs] = byPackage('nodejs');
    expect(nodejs?.location).toMatchObject({
      kind: 'file',
      path: 'Dockerfile',
      range: { startLine: 5, endLine: 7 },
    });
    expect(nodejs?.message).toContain('installed by this RUN');
    const [jquery] = byPackage('jquery');
    expect(jquery?.location).toMatchObject({
      kind: 'file',
      path: 'package-lock.json',
      range: { startLine: 11, endLine: 15 },
    });
  });

  it('names a newer base tag when one is known to fix it, as a one-line fix on the FROM', () => {
    const findings = convert({ 'alpine:3.10.2': 'alpine:3.10.9' }).findings;
    const base = findings.find((finding) => finding.properties?.package === 'libssl1.1');
    expect(base?.message).toContain('Update FROM alpine:3.10.2 to alpine:3.10.9, which ships libssl1.1');
    expect(base?.fix?.edits).toEqual([
      {
        path: 'Dockerfile',
        range: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 19 },
        replacement: 'alpine:3.10.9',
      },
    ]);
  });

  it('warns on the FROM line when the base OS is end of life', () => {
    expect(convert().notices).toEqual([
      expect.objectContaining({
        kind: 'warning',
        path: 'Dockerfile',
        line: 2,
        message: expect.stringContaining('alpine 3.10.2, which is end of life'),
      }),
    ]);
  });

  it('calls every layer the base image when the Dockerfile only names a FROM', () => {
    const bare = readDockerfile(
      'build/Dockerfile',
      'FROM ghcr.io/aquasecurity/trivy-test-images:alpine-310\nUSER 10001\n',
    );
    const alpine = readTrivyReport(path.join(FIXTURES, 'image-alpine-310.json')).report;
    const findings = convertTrivyReport(alpine, { dockerfile: bare }).findings;
    expect(findings.length).toBe(4);
    for (const finding of findings) {
      expect(finding.location).toMatchObject({
        kind: 'file',
        path: 'build/Dockerfile',
        range: { startLine: 1 },
      });
      expect(finding.properties?.anchor).toBe('from');
    }
  });

  it('never puts the findings of a repository scan on the Dockerfile', () => {
    const gomod = readTrivyReport(path.join(FIXTURES, 'fs-gomod-unknown-severity.json')).report;
    const findings = convertTrivyReport(gomod, { dockerfile, files: repoFiles(REPO) }).findings;
    expect(findings.length).toBe(5);
    for (const finding of findings) expect(finding.location.kind).toBe('artifact');
  });

  it('does not claim the base image when the history does not line up with the Dockerfile', () => {
    const other = readDockerfile('Dockerfile', 'FROM alpine:3.10\nRUN apk add --no-cache bash\n');
    const alpine = readTrivyReport(path.join(FIXTURES, 'image-alpine-310.json')).report;
    const [first] = convertTrivyReport(alpine, { dockerfile: other, image: 'shop:dev' }).findings;
    expect(first?.location).toMatchObject({ kind: 'file', path: 'Dockerfile', range: { startLine: 1 } });
    expect(first?.message).toContain('in shop:dev built from alpine:3.10');
  });
});
