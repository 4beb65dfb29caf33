import { adminAccess } from '../../../../src/scanners/iac/aws/iam-attachments';
import { AWS_RULES } from '../../../../src/scanners/iac/rules/aws/index';
import { findingLines, scanFiles } from './scan-files';

const TRUST = (service: string) =>
  `jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "${service}" } }] })`;

/** Two root modules that both declare aws_iam_policy.app: an administrator policy in one, a narrow one in the other. */
const FILES = {
  'platform/main.tf': `resource "aws_iam_policy" "app" {
  name   = "platform-admin"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = ${TRUST('ec2.amazonaws.com')}
}

resource "aws_iam_role_policy_attachment" "ops" {
  role       = aws_iam_role.ops.name
  policy_arn = aws_iam_policy.app.arn
}
`,
  'reports/main.tf': `resource "aws_iam_policy" "app" {
  name   = "reports-reader"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-reports/*" }] })
}

resource "aws_iam_role" "exporter" {
  name               = "report-exporter"
  assume_role_policy = ${TRUST('lambda.amazonaws.com')}
}

resource "aws_iam_role_policy_attachment" "exporter" {
  role       = aws_iam_role.exporter.name
  policy_arn = aws_iam_policy.app.arn
}

resource "aws_lambda_function" "export" {
  function_name = "report-export"
  role          = aws_iam_role.exporter.arn
  runtime       = "python3.12"
  handler       = "export.handler"
  filename      = "export.zip"
}
`,
};

describe('administrator roles across root modules', () => {
  it('counts an attached policy as administrator only when it is the one of the same root module', () => {
    const { model } = scanFiles(FILES);
    expect([...adminAccess(model).roles.keys()].map((role) => `${role.file} ${role.address}`)).toEqual([
      'platform/main.tf aws_iam_role.ops',
    ]);
  });

  it('does not call a function an administrator because another root module has a policy at the same address', () => {
    const rule = AWS_RULES.filter((candidate) => candidate.meta.id === 'aws-lambda-admin-role');
    expect(findingLines(scanFiles(FILES, rule))).toEqual([]);
    const adminAttached = {
      ...FILES,
      'reports/main.tf': FILES['reports/main.tf']
        .replace('"s3:GetObject"', '"*"')
        .replace('"arn:aws:s3:::acme-reports/*"', '"*"'),
    };
    expect(findingLines(scanFiles(adminAttached, rule))).toEqual([
      'reports/main.tf:18 aws_lambda_function.export runs as aws_iam_role.exporter, an administrator role (an attached policy allows "*" on "*")',
    ]);
  });
});
