import type { RegionContext } from '../../../engine/audit-rule';

/** `arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1` for a resource of the context's region. */
export function regionalArn(context: RegionContext, service: string, resource: string): string {
  return `arn:${context.partition}:${service}:${context.region}:${context.account}:${resource}`;
}
