import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  coversAllPorts,
  coversPort,
  securityGroupRules,
} from '../../../../src/scanners/iac/aws/security-group-view';
import { AWS_RULES } from '../../../../src/scanners/iac/rules/aws/index';
import { scanFiles } from './scan-files';

describe('security group view', () => {
  it('reads inline blocks, rule resources and VPC rule resources the same way', () => {
    const { model } = scanFiles({
      'main.tf': `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 22
  to_port           = 22
  protocol          = "6"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}
`,
    });
    const rules = securityGroupRules(model);
    expect(
      rules.map((rule) => [
        rule.resource.address,
        rule.direction,
        rule.protocol,
        rule.openCidrs.map((cidr) => cidr.value),
      ]),
    ).toEqual([
      ['aws_security_group.web', 'ingress', 'tcp', ['0.0.0.0/0']],
      ['aws_security_group_rule.ssh', 'ingress', 'tcp', []],
      ['aws_vpc_security_group_egress_rule.all', 'egress', 'all', ['::/0']],
    ]);
    expect(rules.map((rule) => coversPort(rule, 22))).toEqual([false, true, true]);
    expect(rules.map(coversAllPorts)).toEqual([false, false, true]);
  });

  it('reads CloudFormation inline lists and separate ingress resources', () => {
    const { model } = scanFiles({
      'stack.yaml': `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 80, ToPort: 90, CidrIp: 0.0.0.0/0 }
  Extra:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Web
      IpProtocol: tcp
      FromPort: !Ref AWS::NoValue
      CidrIp: 0.0.0.0/0
`,
    });
    const rules = securityGroupRules(model);
    expect(rules.map((rule) => [rule.description.name, coversPort(rule, 85)])).toEqual([
      ['SecurityGroupIngress[0].Description', true],
      ['Description', 'unknown'],
    ]);
  });

  it('raises no network finding on the web tier security group of the security baseline', () => {
    const seed = readFileSync(path.join(__dirname, 'fixtures', 'seed-web-sg.tf'), 'utf8');
    const networkRules = AWS_RULES.filter(
      (rule) =>
        /^aws-ec2-(sg|nacl|default)/.test(rule.meta.id) &&
        rule.meta.id !== 'aws-ec2-sg-rule-description-missing',
    );
    expect(scanFiles({ 'main.tf': seed }, networkRules).report.findings).toEqual([]);
  });
});

describe('files that are not infrastructure', () => {
  it('raises no finding and no parse error on the AWS Config rules file of the security baseline', () => {
    const config = readFileSync(path.join(__dirname, 'fixtures', 'seed-config-rules.yaml'), 'utf8');
    const { report, model } = scanFiles({ 'config-rules.yaml': config }, AWS_RULES);
    expect(model.resources).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.notices.filter((notice) => notice.kind === 'parse-error')).toEqual([]);
  });
});
