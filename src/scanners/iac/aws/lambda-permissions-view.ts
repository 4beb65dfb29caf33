import type { IacModel } from '../model/iac-model';
import { prop, readText, type Setting } from './aws-resource';

export interface LambdaPermission {
  principal: Setting;
  sourceArn: Setting;
  sourceAccount: Setting;
  principalOrg: Setting;
}

/** `aws_lambda_permission` and `AWS::Lambda::Permission` with the settings that limit who may invoke. */
export function lambdaPermissions(model: IacModel): LambdaPermission[] {
  const terraform = model.ofType('aws_lambda_permission').map((resource) => ({
    principal: prop(resource, 'principal'),
    sourceArn: prop(resource, 'source_arn'),
    sourceAccount: prop(resource, 'source_account'),
    principalOrg: prop(resource, 'principal_org_id'),
  }));
  const cloudFormation = model.ofType('AWS::Lambda::Permission').map((resource) => ({
    principal: prop(resource, 'Principal'),
    sourceArn: prop(resource, 'SourceArn'),
    sourceAccount: prop(resource, 'SourceAccount'),
    principalOrg: prop(resource, 'PrincipalOrgID'),
  }));
  return [...terraform, ...cloudFormation];
}

/** Whether a setting is written (a value known only at deploy time counts as written). */
export function isSet(setting: Setting): boolean {
  const value = readText(setting.node);
  return value !== undefined && value !== '';
}
