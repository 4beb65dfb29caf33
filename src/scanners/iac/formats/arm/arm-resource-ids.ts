import { text, type ModelNode } from '../../model/node';

/** Functions that build a resource id from a type and names. */
export const RESOURCE_ID_FUNCTIONS = new Set([
  'resourceid',
  'subscriptionresourceid',
  'tenantresourceid',
  'extensionresourceid',
]);

/**
 * The address (`<type>/<name>`, as the ARM loader names resources) of the resource a
 * `resourceId()`-style call names, when its type and names are known. The id itself
 * stays unknown: it holds the subscription and resource group of the deployment.
 * Leading subscription and resource group arguments carry no `/`; the type is the
 * first argument that does (`extensionResourceId` starts with the parent's id).
 */
export function resourceIdAddress(name: string, args: readonly ModelNode[]): string | undefined {
  const parts = name === 'extensionresourceid' ? args.slice(1) : args;
  const typeIndex = parts.findIndex((arg) => text(arg)?.includes('/'));
  const names = parts.slice(typeIndex + 1).map(text);
  if (typeIndex === -1 || names.length === 0 || names.some((part) => !part)) return undefined;
  return `${text(parts[typeIndex])}/${names.join('/')}`;
}

const HOLE = '\u0000';

/**
 * The address of the resource a `concat()` or `format()` of a resource id names
 * when everything after its last deployment-time part is known:
 * `concat('/subscriptions/', subscription().subscriptionId, '/providers/Microsoft.Authorization/roleDefinitions/', '<guid>')`.
 */
export function builtIdAddress(name: string, args: readonly ModelNode[]): string | undefined {
  const texts = args.map((arg) => text(arg) ?? HOLE);
  const built =
    name === 'concat'
      ? texts.join('')
      : name === 'format' && texts[0] !== HOLE
        ? texts[0]!.replace(/\{(\d+)(:[^}]*)?\}/g, (_, index: string) => texts[Number(index) + 1] ?? HOLE)
        : undefined;
  return built === undefined ? undefined : addressInId(built.slice(built.lastIndexOf(HOLE) + 1));
}

/** `/…/providers/Microsoft.Network/virtualNetworks/vnet/subnets/web` -> `Microsoft.Network/virtualNetworks/subnets/vnet/web`. */
function addressInId(id: string): string | undefined {
  const at = id.lastIndexOf('/providers/');
  if (at === -1) return undefined;
  const [namespace, ...rest] = id.slice(at + '/providers/'.length).split('/');
  if (!namespace || rest.length < 2 || rest.length % 2 !== 0 || rest.some((part) => part === ''))
    return undefined;
  const types = rest.filter((_, index) => index % 2 === 0);
  const names = rest.filter((_, index) => index % 2 === 1);
  return `${namespace}/${types.join('/')}/${names.join('/')}`;
}
