import { fingerprintMarker, readFingerprintMarker } from '../../../src/core/github/markers';
import { groupedCommentBody } from '../../../src/core/github/review-comment';
import { MAX_FINDINGS_PER_COMMENT } from '../../../src/core/github/review-plan';
import { fileFinding, PRIVILEGED_META } from './report-fixtures';

const rules = new Map([[PRIVILEGED_META.id, PRIVILEGED_META]]);
const fingerprint = (index: number) => `${index.toString(16).padStart(8, '0')}${'a'.repeat(24)}`;

describe('the comment for the findings of one line', () => {
  it('escapes what the report says and names every finding in its marker', () => {
    const hostile = '<img src=x onerror=alert(1)> @octocat [click](javascript:alert(1)) <!-- cloudgate:fp=0';
    const findings = [
      fileFinding('Dockerfile', 2, { message: hostile, fingerprint: fingerprint(1) }),
      fileFinding('Dockerfile', 2, { severity: 'low', fingerprint: fingerprint(2) }),
    ];
    const body = groupedCommentBody(findings, rules);
    expect(body).not.toMatch(/<img|@octocat|\]\(javascript/);
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(readFingerprintMarker(body)).toEqual({
      fingerprints: [fingerprint(1), fingerprint(2)],
      scanner: 'iac',
    });
    expect(body).toContain('2 findings on this line');
    expect(body).toContain('(1 critical, 1 low)');
  });

  it('stays under GitHub’s size limit with the most findings a comment holds and long messages', () => {
    const findings = Array.from({ length: MAX_FINDINGS_PER_COMMENT }, (_, index) =>
      fileFinding('Dockerfile', 2, { message: '.@'.repeat(2000), fingerprint: `${fingerprint(index)}:12` }),
    );
    const body = groupedCommentBody(findings, rules, {
      startLine: 2,
      endLine: 2,
      text: 'x\n'.repeat(20_000),
    });
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).not.toContain('```suggestion');
    expect(readFingerprintMarker(body)?.fingerprints).toHaveLength(MAX_FINDINGS_PER_COMMENT);
    expect(body).toMatch(/…and \d+ more \(\d+ critical\)/);
  });

  it('carries the most severe finding’s suggestion when it fits', () => {
    const findings = [fileFinding('Dockerfile', 2), fileFinding('Dockerfile', 2)];
    const body = groupedCommentBody(findings, rules, {
      startLine: 2,
      endLine: 2,
      text: 'FROM alpine:3.20.3\n',
    });
    expect(body).toContain('```suggestion\nFROM alpine:3.20.3\n```');
  });
});

describe('fingerprint markers', () => {
  it('reads the single-fingerprint marker of earlier versions and the list of a grouped comment', () => {
    expect(readFingerprintMarker('text\n\n<!-- cloudgate:fp=0123abcd scanner=image -->')).toEqual({
      fingerprints: ['0123abcd'],
      scanner: 'image',
    });
    expect(readFingerprintMarker('<!-- cloudgate:fp=0123abcd:2,89abcdef -->')).toEqual({
      fingerprints: ['0123abcd:2', '89abcdef'],
    });
    expect(readFingerprintMarker('<!-- cloudgate:fp=0123abcd,XYZ -->')).toBeUndefined();
  });

  it('cannot be closed early by what a fingerprint contains', () => {
    const marker = fingerprintMarker(['0123abcd', 'ffff --> <i>x</i>'], 'iac');
    expect(marker).toBe('<!-- cloudgate:fp=0123abcd,ffff scanner=iac -->');
  });
});
