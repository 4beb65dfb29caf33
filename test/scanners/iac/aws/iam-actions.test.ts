import {
  actionMatches,
  expandAction,
  IAM_CATALOG_SOURCE,
  lookupAction,
} from '../../../../src/scanners/iac/aws/iam-action-catalog';

describe('IAM action catalog', () => {
  it('names the package and version it was generated from', () => {
    expect(IAM_CATALOG_SOURCE).toMatch(/^@cloud-copilot\/iam-data@\d+\.\d+\.\d+$/);
  });

  it('expands a prefix wildcard to the real actions of the service, read-only ones only for Get*', () => {
    const { actions, known } = expandAction('s3:Get*');
    expect(known).toBe(true);
    const names = actions.map((action) => action.name);
    expect(names).toContain('s3:GetObject');
    expect(names).toContain('s3:GetBucketPolicy');
    expect(names).not.toContain('s3:PutObject');
    expect(names.every((name) => name.startsWith('s3:Get'))).toBe(true);
    expect(actions.length).toBeGreaterThan(40);
  });

  it('matches case-insensitively and supports ?', () => {
    expect(actionMatches('IAM:passrole', 'iam:PassRole')).toBe(true);
    expect(actionMatches('iam:Pass?ole', 'iam:PassRole')).toBe(true);
    expect(actionMatches('iam:Pass?', 'iam:PassRole')).toBe(false);
    expect(actionMatches('s3:*', 'iam:PassRole')).toBe(false);
  });

  it('gives access levels and whether an action can be scoped to resources', () => {
    expect(lookupAction('iam:PassRole')).toEqual({ name: 'iam:PassRole', level: 'write', scopable: true });
    expect(lookupAction('iam:createpolicyversion')?.level).toBe('permissions');
    expect(lookupAction('ec2:DescribeInstances')).toMatchObject({ level: 'list', scopable: false });
    expect(lookupAction('s3:NoSuchAction')).toBeUndefined();
  });

  it('reports an unknown service as unknown rather than as granting nothing', () => {
    expect(expandAction('notaservice:Get*')).toEqual({ actions: [], known: false });
    expect(expandAction('*').actions.length).toBeGreaterThan(15000);
    expect(expandAction('iam:*').actions.some((action) => action.level === 'permissions')).toBe(true);
  });

  it('takes names of object properties for the unknown services they are', () => {
    for (const service of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
      expect(expandAction(`${service}:*`)).toEqual({ actions: [], known: false });
      expect(lookupAction(`${service}:Get`)).toBeUndefined();
    }
  });

  it('gives each action once and in catalog order, whichever service was asked about first', () => {
    const sqs = expandAction('sqs:*').actions.map((action) => action.name);
    expect(sqs.length).toBeGreaterThan(10);
    const every = expandAction('*').actions.map((action) => action.name);
    expect(new Set(every).size).toBe(every.length);
    expect(every.filter((name) => name.startsWith('sqs:'))).toEqual(sqs);
    expect(every).toEqual(expect.arrayContaining(['s3:GetObject', 'iam:PassRole', 'ec2:RunInstances']));
    const threeLetter = expandAction('s?s:*').actions.map((action) => action.name);
    expect(threeLetter).toEqual(every.filter((name) => /^s.s:/.test(name)));
    expect(threeLetter).toEqual(expect.arrayContaining(['sns:Publish', 'sqs:SendMessage']));
  });
});

describe('wildcard matching on hostile patterns', () => {
  it('matches a pattern made of many wildcards without backtracking through them', () => {
    const pattern = `${'*a'.repeat(200)}b`;
    expect(actionMatches(pattern, 'a'.repeat(300))).toBe(false);
    expect(actionMatches(pattern, `${'a'.repeat(300)}b`)).toBe(true);
  });
});
