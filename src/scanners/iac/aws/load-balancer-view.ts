import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, entriesOf, isCloudFormation, properties, readBool, readStrings, readText } from './aws-resource';
import { linkedResources } from './resource-links';

/** Application load balancers (the type Terraform and CloudFormation create when none is given). */
export function applicationLoadBalancers(model: IacModel): Resource[] {
  return model.ofTypes(['aws_lb', 'aws_alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer']).filter((lb) => {
    const type = readText(at(properties(lb), isCloudFormation(lb) ? 'Type' : 'load_balancer_type'));
    return type === undefined || type === 'application';
  });
}

/** Internet-facing unless declared internal (a deploy-time value counts as internal: stay silent). */
export function isInternetFacing(lb: Resource): boolean {
  if (isCloudFormation(lb)) {
    const scheme = readText(at(properties(lb), 'Scheme'));
    return scheme === undefined || scheme === 'internet-facing';
  }
  return readBool(at(properties(lb), 'internal')) === false || at(properties(lb), 'internal') === undefined;
}

/** A CloudFormation `LoadBalancerAttributes` entry by key. */
export function loadBalancerAttribute(
  lb: Resource,
  key: string,
): { key: ModelNode; value: ModelNode | undefined } | undefined {
  for (const entry of entriesOf(at(properties(lb), 'LoadBalancerAttributes'))) {
    const name = at(entry, 'Key');
    if (name && readText(name) === key) return { key: name, value: at(entry, 'Value') };
  }
  return undefined;
}

const ASSOCIATIONS = [
  { type: 'aws_wafv2_web_acl_association', attribute: 'resource_arn' },
  { type: 'aws_wafregional_web_acl_association', attribute: 'resource_arn' },
  { type: 'AWS::WAFv2::WebACLAssociation', attribute: 'ResourceArn' },
  { type: 'AWS::WAFRegional::WebACLAssociation', attribute: 'ResourceArn' },
];

/** Whether a web ACL association in the scan names the resource (or one the scan cannot resolve might). */
export function hasWebAcl(model: IacModel, target: Resource): boolean {
  if (isCloudFormation(target) && at(properties(target), 'WebAclArn')) return true;
  return ASSOCIATIONS.some(({ type, attribute }) => {
    const linked = linkedResources(model, target, [type], attribute);
    return linked.resources.length > 0 || linked.uncertain;
  });
}

/** An API Gateway stage of a REST API whose endpoint type is PRIVATE (not reachable from the internet). */
export function isPrivateApi(model: IacModel, stage: Resource): boolean {
  const cfn = isCloudFormation(stage);
  const apis = model.ofType(cfn ? 'AWS::ApiGateway::RestApi' : 'aws_api_gateway_rest_api');
  return apis.some((api) => {
    const linked = linkedResources(model, api, [stage.type], cfn ? 'RestApiId' : 'rest_api_id');
    if (!linked.resources.includes(stage)) return false;
    const types = readStrings(
      at(properties(api), cfn ? 'EndpointConfiguration.Types' : 'endpoint_configuration.types'),
    );
    return types.values.some((entry) => entry.value === 'PRIVATE');
  });
}
