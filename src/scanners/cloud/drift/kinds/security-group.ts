import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { declaredString } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { DriftContext } from '../drift-context';
import { identityOf, matchLive, tagMap, type LiveCandidate, type MatchResult } from '../matcher';
import { reportUnmanaged } from '../unmanaged';
import type { DriftKind } from './drift-kind';
import { compareIngress, groupRules } from './sg-ingress';

const TYPE = 'aws_security_group';
export const RULE_TYPES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'] as const;

export interface LiveGroup {
  group: SecurityGroup;
  arn: string;
}

/** The live groups of the regions whose list could be read, and those regions. */
function candidates(context: DriftContext): { all: LiveCandidate<LiveGroup>[]; readable: Set<string> } {
  const readable = new Set<string>();
  const all = context.regions.flatMap((region) => {
    const groups = context.regionData(region, 'ec2.securityGroups', 'security groups');
    if (groups) readable.add(region);
    return (groups ?? []).flatMap((group) => {
      if (!group.GroupId) return [];
      const arn = `arn:${context.scope.partition}:ec2:${region}:${group.OwnerId ?? context.account}:security-group/${group.GroupId}`;
      return [
        {
          item: { group, arn },
          ids: [group.GroupId, arn],
          ...(group.GroupName ? { name: group.GroupName } : {}),
          tags: tagMap(group.Tags),
          region,
        },
      ];
    });
  });
  return { all, readable };
}

/** The region in the state's ARN or the code's `region`; undefined: any audited region. */
function declaredRegion(resource: DeclaredResource): string | undefined {
  const arn = typeof resource.state?.arn === 'string' ? resource.state.arn : undefined;
  return arn?.split(':')[3] || declaredString(resource, 'region');
}

/** A group's name is unique only within its VPC: narrow to the declared VPC when it is known. */
function scoped(resource: DeclaredResource, all: LiveCandidate<LiveGroup>[], region: string | undefined) {
  const vpc = declaredString(resource, 'vpc_id');
  return all.filter(
    (candidate) => (!region || candidate.region === region) && (!vpc || candidate.item.group.VpcId === vpc),
  );
}

/** Each declared group with its live group; a group gone from a region that was read is missing. */
function matchGroups(
  context: DriftContext,
  declarations: DeclaredResource[],
  all: LiveCandidate<LiveGroup>[],
  readable: Set<string>,
): { resource: DeclaredResource; result: MatchResult<LiveGroup> }[] {
  const matches: { resource: DeclaredResource; result: MatchResult<LiveGroup> }[] = [];
  for (const resource of declarations) {
    const region = declaredRegion(resource);
    if (region && !readable.has(region)) continue;
    const identity = identityOf(resource, {
      ids: ['id', 'arn'],
      name: 'name',
      prefix: 'name_prefix',
      tags: 'tags',
    });
    const result = matchLive(identity, scoped(resource, all, region));
    matches.push({ resource, result });
    if (result.kind === 'missing' && region)
      context.missing(
        resource,
        `is security group ${result.by}, which does not exist in ${region} of account ${context.account}.`,
        false,
      );
  }
  return matches;
}

export const securityGroupKind: DriftKind = {
  types: [TYPE, ...RULE_TYPES],
  accountKeys: [],
  regionKeys: ['ec2.securityGroups'],
  compare(context) {
    const declarations = context.applied(TYPE);
    const rules = context.applied(...RULE_TYPES);
    if (declarations.length === 0 && rules.length === 0) return;
    const { all, readable } = candidates(context);
    const matches = matchGroups(context, declarations, all, readable);
    const liveIds = new Map<string, LiveGroup>();
    for (const match of matches)
      if (match.result.kind === 'matched') liveIds.set(match.resource.address, match.result.candidate.item);
    const grouped = groupRules(context, rules, liveIds, all);
    for (const match of matches)
      if (match.result.kind === 'matched')
        compareIngress(
          context,
          match.resource,
          match.result.candidate.item,
          grouped.byGroup.get(match.resource.address) ?? [],
          liveIds,
          true,
        );
    for (const { rule, group } of grouped.external)
      compareIngress(context, rule, group, [rule], liveIds, false);
    const regions = new Set(
      matches.flatMap((match) => (match.result.kind === 'matched' ? [match.result.candidate.region] : [])),
    );
    reportUnmanaged(context, {
      label: 'security group',
      type: TYPE,
      matches,
      candidates: all.filter((candidate) => regions.has(candidate.region)),
      stateIdPaths: ['id', 'arn'],
      // The default group of every VPC, and groups that AWS services create and tag with reserved `aws:` keys.
      createdByProvider: (candidate) =>
        candidate.name === 'default' ||
        Object.keys(candidate.tags ?? {}).some((key) => key.startsWith('aws:')),
      resourceId: (candidate) => candidate.item.arn,
    });
  },
};
