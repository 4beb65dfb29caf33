import { describeAwsFailure } from '../../../src/scanners/cloud/aws/aws-errors';
import { parseRegions } from '../../../src/scanners/cloud/aws/select-checks';
import { selectAuditRules } from '../../../src/scanners/cloud/engine/select-checks';
import { parseCredentialReport } from '../../../src/scanners/cloud/collectors/aws/iam-credential-report';
import { parsePolicyDocument } from '../../../src/scanners/cloud/collectors/aws/policy-document';
import { refreshingCredentials } from '../../../src/scanners/cloud/credentials/refreshing-credentials';
import { AWS_AUDIT_RULES } from '../../../src/scanners/cloud/rules/aws/index';
import {
  githubTrustProblem,
  isOpenSubject,
} from '../../../src/scanners/cloud/rules/aws/shared/github-oidc-trust';
import { patternMatches } from '../../../src/scanners/cloud/rules/aws/shared/metric-filter-check';
import { naclOpenPorts, openPorts } from '../../../src/scanners/cloud/rules/aws/shared/network-exposure';
import { effectiveBlock, missingSettings } from '../../../src/scanners/cloud/rules/aws/shared/s3-exposure';

describe('audit building blocks', () => {
  it('reads the credential report by column name, with quoted cells and N/A values', () => {
    const csv = [
      'arn,user,password_enabled,mfa_active,access_key_1_active,access_key_1_last_rotated,extra_column',
      '"arn:aws:iam::1:user/a,b",a,true,false,true,2026-01-02T03:04:05+00:00,"say ""hi"""',
      'arn:aws:iam::1:root,<root_account>,not_supported,true,false,N/A,x',
    ].join('\n');
    const [user, root] = parseCredentialReport(csv);
    expect(user).toMatchObject({
      user: 'a',
      arn: 'arn:aws:iam::1:user/a,b',
      passwordEnabled: true,
      mfaActive: false,
      isRoot: false,
    });
    expect(user!.keys[0]).toEqual({ slot: 1, active: true, lastRotated: new Date('2026-01-02T03:04:05Z') });
    expect(root).toMatchObject({ isRoot: true, passwordEnabled: false });
    expect(root!.keys[0]!.lastRotated).toBeUndefined();
  });

  it('reads URL-encoded IAM documents and plain JSON, and refuses what is not a policy', () => {
    const document = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': false } },
      },
    };
    for (const text of [JSON.stringify(document), encodeURIComponent(JSON.stringify(document))]) {
      expect(parsePolicyDocument(text)?.statements[0]).toMatchObject({
        effect: 'Deny',
        principals: [{ type: '*', value: '*' }],
        conditions: [{ operator: 'Bool', key: 'aws:securetransport', values: ['false'] }],
      });
    }
    expect(parsePolicyDocument('{"Statement":[{"Effect":"Maybe"}]}')).toBeUndefined();
    expect(parsePolicyDocument('%E0%A4%A')).toBeUndefined();
  });

  it('evaluates network ACL entries in rule order, for the whole Internet only', () => {
    const acl = (entries: object[]) => ({ NetworkAclId: 'acl-1', Entries: entries });
    const allowAll = {
      RuleNumber: 100,
      Protocol: '-1',
      RuleAction: 'allow',
      Egress: false,
      CidrBlock: '0.0.0.0/0',
    };
    expect(naclOpenPorts(acl([allowAll]), [22, 3389]).map((entry) => entry.port)).toEqual([22, 3389]);
    const denySsh = {
      RuleNumber: 50,
      Protocol: '6',
      RuleAction: 'deny',
      Egress: false,
      CidrBlock: '0.0.0.0/0',
      PortRange: { From: 22, To: 22 },
    };
    expect(naclOpenPorts(acl([allowAll, denySsh]), [22, 3389]).map((entry) => entry.port)).toEqual([3389]);
    const denyOffice = {
      ...denySsh,
      RuleNumber: 40,
      CidrBlock: '203.0.113.0/24',
      PortRange: { From: 0, To: 65535 },
    };
    expect(naclOpenPorts(acl([allowAll, denyOffice]), [22])).toEqual([
      { port: 22, cidr: '0.0.0.0/0', rule: 100 },
    ]);
    const egressOnly = { ...allowAll, Egress: true };
    expect(naclOpenPorts(acl([egressOnly]), [22])).toEqual([]);
  });

  it('finds admin ports in security group ranges, all-traffic rules and UDP', () => {
    const rule = (IpProtocol: string, FromPort?: number, ToPort?: number) => ({
      IpProtocol,
      FromPort,
      ToPort,
      IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    });
    expect(openPorts([rule('tcp', 20, 30)], '0.0.0.0/0', [22, 3389])).toEqual([22]);
    expect(openPorts([rule('-1')], '0.0.0.0/0', [22, 3389])).toEqual([22, 3389]);
    expect(openPorts([rule('udp', 3389, 3389)], '0.0.0.0/0', [22, 3389])).toEqual([3389]);
    expect(openPorts([rule('icmp', -1, -1)], '0.0.0.0/0', [22])).toEqual([]);
    expect(openPorts([rule('tcp', 22, 22)], '::/0', [22])).toEqual([]);
  });

  it('accepts both GitHub subject formats and rejects patterns without a fixed owner', () => {
    expect(isOpenSubject('repo:octo-org/infra:ref:refs/heads/main')).toBe(false);
    expect(isOpenSubject('repo:octo-org@1001/infra@2002:environment:prod')).toBe(false);
    expect(isOpenSubject('repo:octo-org/*')).toBe(false);
    for (const open of ['*', 'repo:*', 'repo:octo*/infra:*', 'repo:/x'])
      expect(isOpenSubject(open)).toBe(true);
    const statement = (Condition: object) =>
      parsePolicyDocument(
        JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRoleWithWebIdentity',
              Principal: { Federated: 'x' },
              Condition,
            },
          ],
        }),
      )!.statements[0]!;
    expect(
      githubTrustProblem(
        statement({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      ),
    ).toEqual({ kind: 'unscoped' });
    expect(
      githubTrustProblem(
        statement({ StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } }),
      ),
    ).toEqual({ kind: 'unscoped' });
    expect(
      githubTrustProblem(
        statement({ StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:*'] } }),
      ),
    ).toEqual({ kind: 'open-subject', subject: 'repo:*' });
    expect(
      githubTrustProblem(
        statement({ StringEquals: { 'token.actions.githubusercontent.com:repository_id': '2002' } }),
      ),
    ).toBeUndefined();
  });

  it('matches metric filter patterns without regard to spaces and quotes', () => {
    expect(patternMatches('{ ($.eventName = "CreateTrail") }', ['$.eventName = CreateTrail'])).toBe(true);
    expect(
      patternMatches('{$.eventName=CreateTrail}', ['$.eventName = CreateTrail', '$.eventName = StopLogging']),
    ).toBe(false);
  });

  it('applies an S3 block setting when either the account or the bucket turns it on', () => {
    const on = {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    };
    const off = {
      blockPublicAcls: false,
      ignorePublicAcls: false,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    };
    expect(missingSettings(effectiveBlock(on, null))).toEqual([]);
    expect(missingSettings(effectiveBlock(null, { ...off, ignorePublicAcls: true }))).toEqual([
      'BlockPublicAcls',
      'BlockPublicPolicy',
      'RestrictPublicBuckets',
    ]);
  });

  it('shares one fetch between concurrent callers and fetches again inside the refresh window', async () => {
    let now = 0;
    let fetches = 0;
    const provider = refreshingCredentials(
      async () => {
        fetches++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return {
          accessKeyId: `A${fetches}`,
          secretAccessKey: 's',
          sessionToken: 't',
          expiration: new Date(now + 900_000),
        };
      },
      { clock: () => now, refreshBeforeMs: 300_000 },
    );
    const [a, b] = await Promise.all([provider(), provider()]);
    expect([a.accessKeyId, b.accessKeyId, fetches]).toEqual(['A1', 'A1', 1]);
    now = 599_000;
    expect((await provider()).accessKeyId).toBe('A1');
    now = 601_000;
    expect((await provider()).accessKeyId).toBe('A2');
  });

  it('classifies AWS errors for notices', () => {
    const error = (name: string, status: number, attempts = 1) =>
      Object.assign(new Error('nope'), { name, $metadata: { httpStatusCode: status, attempts } });
    expect(describeAwsFailure(error('AccessDeniedException', 400), 'kms:ListKeys', 'eu-west-1').kind).toBe(
      'denied',
    );
    expect(describeAwsFailure(error('UnrecognizedClientException', 400), 'kms:ListKeys').kind).toBe(
      'region-disabled',
    );
    expect(describeAwsFailure(error('ThrottlingException', 400, 6), 'kms:ListKeys').reason).toBe(
      'kms:ListKeys was still throttled after 6 attempts (ThrottlingException)',
    );
    expect(describeAwsFailure(error('InternalFailure', 500), 'kms:ListKeys').reason).toBe(
      'kms:ListKeys failed (InternalFailure, HTTP 500: nope)',
    );
  });

  it('selects checks by id, short id, prefix and alias, and refuses unknown names', () => {
    const ids = (checks: string[], skip: string[] = []) =>
      selectAuditRules(AWS_AUDIT_RULES, checks, skip).map((rule) => rule.meta.id);
    expect(ids(['iam-root-*'])).toEqual([
      'aws-audit-iam-root-access-keys',
      'aws-audit-iam-root-hardware-mfa',
      'aws-audit-iam-root-mfa-disabled',
      'aws-audit-iam-root-recently-used',
    ]);
    expect(ids(['guardduty_is_enabled', 'aws-audit-securityhub-disabled'])).toEqual([
      'aws-audit-guardduty-disabled',
      'aws-audit-securityhub-disabled',
    ]);
    expect(ids([], ['monitoring-*']).length).toBe(AWS_AUDIT_RULES.length - 15);
    expect(() => ids(['iam-root-mfa'])).toThrow('no AWS audit check is called "iam-root-mfa"');
    expect(parseRegions([])).toBe('all-enabled');
    expect(parseRegions(['EU-west-1', 'eu-west-1', 'us-gov-west-1'])).toEqual(['eu-west-1', 'us-gov-west-1']);
  });
});
