import { child, str } from '../../../../src/scanners/iac/model/node';
import { scanProject } from './tf-project';

describe('Terraform expressions that cannot be evaluated', () => {
  it('are reported at their file, line and column, once for every instance of a module', () => {
    const { model, report } = scanProject({
      'main.tf': 'module "m" {\n  source = "./m"\n  count  = 3\n}\n',
      'm/main.tf': [
        'resource "aws_s3_bucket" "b" {',
        '  bucket = aws_vpc.main.id',
        '  x      = upper("a", "b")',
        '  y      = try(aws_nope.x.id, "fallback")',
        '  z      = "kept"',
        '}',
        '',
      ].join('\n'),
    });
    expect(model.resources).toHaveLength(3);
    const body = model.resources[0]!.body;
    expect(child(body, 'bucket')).toMatchObject({ kind: 'unknown' });
    expect(str(child(body, 'y'))).toBe('fallback');
    expect(str(child(body, 'z'))).toBe('kept');
    expect(report.notices).toEqual([
      {
        kind: 'warning',
        path: 'm/main.tf',
        line: 2,
        column: 12,
        message: expect.stringContaining('reference to an undeclared resource or name aws_vpc.main'),
      },
      {
        kind: 'warning',
        path: 'm/main.tf',
        line: 3,
        column: 12,
        message: expect.stringContaining('upper() takes 1 argument, given 2'),
      },
    ]);
    expect(report.notices[0]!.message).toMatch(
      /^could not evaluate this expression, so its value is unknown: /,
    );
  });

  it('are reported in the variables file that holds them', () => {
    const { model, report } = scanProject({
      'main.tf': 'variable "region" {}\nresource "aws_s3_bucket" "b" {\n  bucket = var.region\n}\n',
      'terraform.tfvars': 'region = var.other\n',
    });
    expect(child(model.resources[0]!.body, 'bucket')).toMatchObject({ kind: 'unknown' });
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'warning',
        path: 'terraform.tfvars',
        line: 1,
        column: 10,
        message: expect.stringContaining('a variables file cannot refer to var.other'),
      }),
    ]);
  });

  it('says nothing of an error that try() or can() handles', () => {
    const { report } = scanProject({
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  a = try(local.missing, "x")\n  b = can(upper(1, 2))\n}\n',
    });
    expect(report.notices).toEqual([]);
  });
});
