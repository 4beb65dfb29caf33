import catalog from './iam-actions.json';

export type AccessLevel = 'read' | 'list' | 'write' | 'tagging' | 'permissions';

export interface IamAction {
  /** `s3:GetObject`, as AWS spells it. */
  name: string;
  level: AccessLevel;
  /** Whether the action can be limited to specific resources (otherwise only `Resource: "*"` applies). */
  scopable: boolean;
}

const LEVELS: Record<string, AccessLevel> = {
  r: 'read',
  l: 'list',
  w: 'write',
  t: 'tagging',
  p: 'permissions',
};

const catalogServices = catalog.services as Record<string, Record<string, string>>;
const SERVICE_NAMES = Object.keys(catalogServices);
const byService = new Map<string, IamAction[]>();

/**
 * A service's actions from the generated data (see scripts/generate-iam-actions.mjs), built on first
 * use: a scan usually asks about a handful of the 450 services, and building all 18,000 actions at the
 * first question (with V8 optimising that loop as it ran) took about 40 ms of a one-CPU scan.
 */
function actionsOf(service: string): IamAction[] | undefined {
  const built = byService.get(service);
  if (built) return built;
  if (!Object.hasOwn(catalogServices, service)) return undefined;
  const actions: IamAction[] = [];
  for (const [letter, names] of Object.entries(catalogServices[service]!)) {
    const level = LEVELS[letter.toLowerCase()];
    if (!level) continue;
    for (const name of names.split(' '))
      actions.push({ name: `${service}:${name}`, level, scopable: letter !== letter.toLowerCase() });
  }
  byService.set(service, actions);
  return actions;
}

function actionsOfServices(services: string[]): IamAction[] {
  return services.flatMap((service) => actionsOf(service) ?? []);
}

/** Where the catalog comes from, with its version. */
export const IAM_CATALOG_SOURCE: string = catalog.source;

/**
 * Case-insensitive IAM wildcard match (`*` any run, `?` one character) of an action
 * pattern against an action name. A two-pointer glob match: time is bounded by the
 * product of the lengths, whatever the pattern, so hostile patterns cannot stall a scan.
 */
export function actionMatches(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  let at = 0;
  let pos = 0;
  let star = -1;
  let resume = 0;
  while (pos < a.length) {
    if (at < p.length && (p[at] === '?' || p[at] === a[pos])) {
      at++;
      pos++;
    } else if (at < p.length && p[at] === '*') {
      star = at++;
      resume = pos;
    } else if (star !== -1) {
      at = star + 1;
      pos = ++resume;
    } else return false;
  }
  while (at < p.length && p[at] === '*') at++;
  return at === p.length;
}

export interface Expansion {
  actions: IamAction[];
  /** False when the pattern names a service the catalog does not know: nothing can be said about it. */
  known: boolean;
}

/**
 * The catalog actions a pattern grants: `s3:Get*` gives every S3 action whose name
 * starts with Get. A bare `*` grants every action of every service.
 */
export function expandAction(pattern: string): Expansion {
  const key = pattern.trim().toLowerCase();
  const known = expansions.get(key);
  if (known) return known;
  const expansion = expand(pattern.trim());
  // Bounded: a hostile file with endless distinct patterns must not grow memory without limit.
  if (expansions.size < 10_000) expansions.set(key, expansion);
  return expansion;
}

const expansions = new Map<string, Expansion>();

function expand(trimmed: string): Expansion {
  if (trimmed === '*') return { actions: actionsOfServices(SERVICE_NAMES), known: true };
  const colon = trimmed.indexOf(':');
  if (colon <= 0) return { actions: [], known: false };
  const service = trimmed.slice(0, colon).toLowerCase();
  const candidates = /[*?]/.test(service)
    ? actionsOfServices(SERVICE_NAMES.filter((name) => actionMatches(service, name)))
    : actionsOf(service);
  if (!candidates) return { actions: [], known: false };
  return { actions: candidates.filter((action) => actionMatches(trimmed, action.name)), known: true };
}

/** The catalog entry of one action, by its exact name (any case). */
export function lookupAction(name: string): IamAction | undefined {
  const colon = name.indexOf(':');
  if (colon <= 0) return undefined;
  const lower = name.toLowerCase();
  return actionsOf(name.slice(0, colon).toLowerCase())?.find((action) => action.name.toLowerCase() === lower);
}

export function isWildcardPattern(pattern: string): boolean {
  return /[*?]/.test(pattern);
}
