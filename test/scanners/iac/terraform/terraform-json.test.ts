import { anchorRange, child, toPlain } from '../../../../src/scanners/iac/model/node';
import { scanProject } from './tf-project';

describe('Terraform JSON syntax (.tf.json)', () => {
  const config = {
    variable: { env: { type: 'string', default: 'prod' }, literal: { default: '${not-a-template}' } },
    locals: { prefix: 'acme-${var.env}' },
    resource: {
      aws_s3_bucket: {
        logs: {
          bucket: '${local.prefix}-logs',
          tags: { Team: 'ops', Env: '${var.env}' },
          versioning: { enabled: true },
        },
        note: { bucket: '${var.literal}' },
      },
      aws_security_group: {
        web: {
          count: '${var.env == "prod" ? 2 : 1}',
          name: 'web-${count.index}',
          ingress: [
            { from_port: 443, cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 80, cidr_blocks: ['10.0.0.0/8'] },
          ],
          dynamic: { egress: { for_each: '${[53]}', content: { to_port: '${egress.value}' } } },
          depends_on: ['aws_s3_bucket.logs'],
        },
      },
    },
    output: { name: { value: '${aws_s3_bucket.logs.bucket}' } },
  };

  it('evaluates templates, locals, variables, count, blocks and dynamic blocks like native syntax', () => {
    const { model, report } = scanProject({ 'main.tf.json': JSON.stringify(config, null, 2) });
    expect(report.notices).toEqual([]);
    expect(model.resources.map((resource) => [resource.address, toPlain(resource.body)])).toEqual([
      [
        'aws_s3_bucket.logs',
        { bucket: 'acme-prod-logs', tags: { Team: 'ops', Env: 'prod' }, versioning: [{ enabled: true }] },
      ],
      ['aws_s3_bucket.note', { bucket: '${not-a-template}' }],
      [
        'aws_security_group.web[0]',
        {
          name: 'web-0',
          ingress: [
            { from_port: 443, cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 80, cidr_blocks: ['10.0.0.0/8'] },
          ],
          egress: [{ to_port: 53 }],
        },
      ],
      [
        'aws_security_group.web[1]',
        {
          name: 'web-1',
          ingress: [
            { from_port: 443, cidr_blocks: ['0.0.0.0/0'] },
            { from_port: 80, cidr_blocks: ['10.0.0.0/8'] },
          ],
          egress: [{ to_port: 53 }],
        },
      ],
    ]);
    expect(model.resources[2]!.references).toEqual([
      { attribute: 'depends_on', address: 'aws_s3_bucket.logs' },
    ]);
  });

  it('points values at their JSON lines', () => {
    const { model } = scanProject({ 'main.tf.json': JSON.stringify(config, null, 2) });
    const text = JSON.stringify(config, null, 2).split('\n');
    const line = text.findIndex((row) => row.includes('"from_port": 443')) + 1;
    expect(anchorRange(child(model.resources[2]!.body, 'ingress.0.from_port')!).startLine).toBe(line);
  });

  it('reports invalid JSON and a broken template with their positions', () => {
    const broken = scanProject({ 'main.tf.json': '{"resource": {"aws_s3_bucket": {"b": {"bucket": "x"}}' });
    expect(broken.report.notices).toEqual([
      expect.objectContaining({ kind: 'parse-error', path: 'main.tf.json', line: 1 }),
    ]);
    const template = scanProject({
      'main.tf.json': '{\n  "resource": {"aws_s3_bucket": {"b": {"bucket": "${var."}}}\n}\n',
    });
    expect(template.report.notices).toEqual([
      expect.objectContaining({ kind: 'parse-error', path: 'main.tf.json', line: 2 }),
    ]);
    expect(template.model.resources).toHaveLength(1);
  });

  it('combines .tf and .tf.json files of one folder into one module', () => {
    const { model } = scanProject({
      'vars.tf.json': JSON.stringify({ variable: { name: { default: 'from-json' } } }),
      'main.tf': 'resource "aws_s3_bucket" "b" { bucket = var.name }\n',
    });
    expect(toPlain(model.resources[0]!.body)).toEqual({ bucket: 'from-json' });
  });
});
