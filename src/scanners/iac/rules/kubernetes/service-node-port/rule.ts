import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'k8s-service-node-port',
    title: 'Service is exposed on every node (NodePort)',
    severity: 'low',
    description:
      "A NodePort Service opens the same port on every node's address, bypassing any load balancer or ingress controls in front of the cluster; whoever can reach a node can reach the service. Node ports are also hard to keep track of and firewall consistently.",
    remediation:
      'Use a ClusterIP Service behind an Ingress, a Gateway, or a LoadBalancer with source ranges.',
    links: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
      'https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['CM-7', 'SC-7'],
      'soc2-2017': ['CC6.6'],
    },
    aliases: [],
  },
  check(model) {
    return model.ofType('Service').flatMap((service) => {
      const type = child(service.body, 'spec.type');
      if (service.format !== 'kubernetes' || str(type) !== 'NodePort') return [];
      return [flag(service, type, `${service.address} is exposed on a port of every node (type: NodePort)`)];
    });
  },
};

export default rule;
