import { jsonDocument } from '../../../../src/scanners/iac/formats/terraform/json-document';
import { child, type ModelNode } from '../../../../src/scanners/iac/model/node';
import { scanProject } from './tf-project';

function policyOf(main: string): { attribute: ModelNode; document: ModelNode } {
  const { model } = scanProject({ 'main.tf': main });
  const attribute = child(model.resources[0]!.body, 'policy')!;
  return { attribute, document: jsonDocument(attribute)! };
}

describe('JSON documents held in Terraform strings', () => {
  it('puts each element of a heredoc on its own line of the file', () => {
    const { document } = policyOf(
      [
        'resource "aws_iam_policy" "p" {',
        '  policy = <<EOF',
        '{',
        '  "Statement": [',
        '    {"Effect": "Allow", "Action": "s3:GetObject"}',
        '  ]',
        '}',
        'EOF',
        '}',
        '',
      ].join('\n'),
    );
    const effect = child(document, 'Statement.0.Effect')!;
    expect(effect.range).toEqual({ startLine: 5, startColumn: 16, endLine: 5, endColumn: 23 });
    expect(effect.keyRange).toEqual({ startLine: 5, startColumn: 6, endLine: 5, endColumn: 14 });
    expect(document.range.startLine).toBe(3);
    expect(document.range.endLine).toBe(7);
  });

  it('puts every element of JSON written on one line at the attribute, and every key at its name', () => {
    const { attribute, document } = policyOf(
      'resource "aws_iam_policy" "p" {\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\"}]}"\n}\n',
    );
    const effect = child(document, 'Statement.0.Effect')!;
    expect(effect.range).toEqual(attribute.range);
    expect(effect.keyRange).toEqual(attribute.keyRange);
    expect(child(document, 'Statement')!.keyRange).toEqual(attribute.keyRange);
    expect(document.range).toEqual(attribute.range);
  });
});
