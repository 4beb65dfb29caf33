import { evaluateBody } from './body-eval';
import { AttributeReferences, bindNames } from './env';
import type { Expansion, Instance } from './expansion';
import type { ResourceDecl } from './module-config';
import type { ModuleInstance, ResourceInstance } from './module-instance';
import { staticReferences } from './references';
import { ObjectValue, type Value } from './values';

const RESOURCE_META = new Set(['count', 'for_each', 'provider', 'depends_on']);
/** `self` has no attributes of its own (every read is computed); values are never changed, so one map serves all. */
const NO_ATTRIBUTES = new Map<string, Value>();

/** One instance of a resource block: its body evaluated with count/each bound, and what it refers to. */
export function evaluateInstance(
  owner: ModuleInstance,
  decl: ResourceDecl,
  base: string,
  instance: Instance,
  expansion: Expansion['kind'],
): { value: Value; instance: ResourceInstance } {
  const address = base + instance.suffix;
  const scope = bindNames(owner.scope, [
    ...instance.names,
    ['self', new ObjectValue(NO_ATTRIBUTES, address)],
  ]);
  const refs = new AttributeReferences();
  const result = evaluateBody(decl.block.body, owner.env(refs, scope), {
    range: decl.block.range,
    skip: RESOURCE_META,
    computedPrefix: address,
    attributeRefs: refs,
  });
  if (decl.dependsOn) {
    refs.current = 'depends_on';
    for (const ref of staticReferences(decl.dependsOn.expr, owner)) refs.add(ref);
  }
  return {
    value: result.value,
    instance: {
      decl,
      owner,
      address,
      key: instance.key,
      expansion,
      body: result.node,
      references: referenceList(refs, base),
    },
  };
}

function referenceList(refs: AttributeReferences, base: string): { attribute: string; address: string }[] {
  const list: { attribute: string; address: string }[] = [];
  for (const { attribute, addresses } of refs.groups) {
    for (const address of addresses) if (!isSelf(address, base)) list.push({ attribute, address });
  }
  return list;
}

const OPEN_BRACKET = 0x5b;

/**
 * A resource's own address (`self`, or count.index arithmetic on itself) is not an edge of the graph.
 * Called for every reference of every instance: it builds no string.
 */
function isSelf(reference: string, base: string): boolean {
  if (reference.length === base.length) return reference === base;
  return (
    reference.length > base.length &&
    reference.charCodeAt(base.length) === OPEN_BRACKET &&
    reference.startsWith(base)
  );
}
