import type { PolicyDocument, PolicyStatement } from '../../../collectors/aws/policy-document';

/** `"Effect": "Allow", "Action": "*", "Resource": "*"`: every action on every resource. */
export function grantsFullAdmin(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.actions.some((action) => action === '*' || action === '*:*') &&
    statement.resources.includes('*')
  );
}

export function documentGrantsFullAdmin(document: PolicyDocument | undefined): boolean {
  return document?.statements.some(grantsFullAdmin) ?? false;
}
