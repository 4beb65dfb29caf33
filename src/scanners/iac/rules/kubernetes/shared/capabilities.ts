import { items, text, type ModelNode } from '../../../model/node';
import { containerSecurity, type Container } from '../../../formats/kubernetes/workloads';

/** Capabilities the Pod Security Standards baseline profile lets a container add. */
export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/**
 * Capabilities that hand a container a known path to the node or to its neighbours' traffic:
 * SYS_ADMIN (mounts, namespaces), NET_RAW (spoofing, ARP/DNS poisoning), module loading, raw
 * I/O, ptrace of other processes, reading any file by handle, eBPF, and ALL of them.
 */
export const DANGEROUS_CAPABILITIES = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_RAW',
  'NET_ADMIN',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_PTRACE',
  'DAC_READ_SEARCH',
  'BPF',
]);

export interface CapabilityEntry {
  name: string;
  node: ModelNode;
}

/** `capabilities.add` or `.drop` of a container, names normalised (upper case, no `CAP_` prefix). */
export function capabilityList(container: Container, which: 'add' | 'drop'): CapabilityEntry[] {
  return items(containerSecurity(container, ['capabilities', which])).flatMap((node) => {
    const value = text(node);
    return value === undefined ? [] : [{ name: normaliseCapability(value), node }];
  });
}

export function normaliseCapability(value: string): string {
  return value.trim().toUpperCase().replace(/^CAP_/, '');
}
