import { child, isUnknown, items, str, text, type MapNode } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';

const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

/** Cloud annotations that make the load balancer internal (reachable from the private network only). */
const INTERNAL_ANNOTATIONS: Record<string, RegExp> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': /^(true|0\.0\.0\.0\/0)$/i,
  'service.beta.kubernetes.io/aws-load-balancer-scheme': /^internal$/i,
  'service.beta.kubernetes.io/azure-load-balancer-internal': /^true$/i,
  'networking.gke.io/load-balancer-type': /^internal$/i,
  'cloud.google.com/load-balancer-type': /^internal$/i,
  'service.beta.kubernetes.io/oci-load-balancer-internal': /^true$/i,
};

const OPEN = new Set(['0.0.0.0/0', '::/0']);

const rule: IacRule = {
  meta: {
    id: 'k8s-service-load-balancer-unrestricted',
    title: 'LoadBalancer Service accepts traffic from any address',
    severity: 'medium',
    description:
      'A Service of type LoadBalancer asks the cloud for an external load balancer. Without `loadBalancerSourceRanges` (or with 0.0.0.0/0) the service is reachable from the whole internet, including its admin and debug ports.',
    remediation:
      "Set `spec.loadBalancerSourceRanges` to the client networks that need access, make the load balancer internal with your cloud's annotation, or publish HTTP services through an Ingress or Gateway instead.",
    links: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer',
      'https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['AC-4', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
    },
    aliases: [],
  },
  check(model) {
    return model.ofType('Service').flatMap((service) => {
      const type = child(service.body, 'spec.type');
      if (service.format !== 'kubernetes' || str(type) !== 'LoadBalancer' || isInternal(service.body))
        return [];
      const ranges = child(service.body, 'spec.loadBalancerSourceRanges');
      const annotation = child(service.body, ['metadata', 'annotations', SOURCE_RANGES_ANNOTATION]);
      if (isUnknown(ranges) || isUnknown(annotation)) return [];
      const allowed = [
        ...items(ranges).map((node) => ({ node, range: text(node)?.trim() ?? '' })),
        ...(text(annotation) ?? '').split(',').map((range) => ({ node: annotation, range: range.trim() })),
      ].filter(({ range }) => range !== '');
      const open = allowed.find(({ range }) => OPEN.has(range));
      if (open)
        return [
          flag(
            service,
            open.node,
            `${service.address} lets any address (${open.range}) reach its load balancer`,
          ),
        ];
      if (allowed.length > 0) return [];
      return [
        flag(
          service,
          type,
          `${service.address} is a LoadBalancer with no loadBalancerSourceRanges: reachable from any address`,
        ),
      ];
    });
  },
};

function isInternal(body: MapNode): boolean {
  return Object.entries(INTERNAL_ANNOTATIONS).some(([key, pattern]) => {
    const value = text(child(body, ['metadata', 'annotations', key]));
    return value !== undefined && pattern.test(value.trim());
  });
}

export default rule;
