export interface PolicyCondition {
  /** As written, e.g. `StringLike` or `ForAnyValue:StringEquals`. */
  operator: string;
  /** Lower-cased: condition keys are case-insensitive. */
  key: string;
  values: string[];
}

export interface PolicyPrincipal {
  /** `AWS`, `Federated`, `Service`, `CanonicalUser`, or `*` for `"Principal": "*"`. */
  type: string;
  value: string;
}

export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  notActions: string[];
  resources: string[];
  notResources: string[];
  principals: PolicyPrincipal[];
  notPrincipals: PolicyPrincipal[];
  conditions: PolicyCondition[];
}

export interface PolicyDocument {
  statements: PolicyStatement[];
}

/**
 * Parses an IAM policy as AWS returns it: IAM URL-encodes documents (RFC 3986), S3 and the other services
 * return plain JSON. Returns undefined for a document that is not a policy, so checks stay silent on it.
 */
export function parsePolicyDocument(text: string | undefined): PolicyDocument | undefined {
  if (!text) return undefined;
  const json = parseJson(text) ?? parseJson(safeDecode(text));
  if (!isRecord(json)) return undefined;
  const raw = json.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const statements: PolicyStatement[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) return undefined;
    const effect = entry.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') return undefined;
    statements.push({
      ...(typeof entry.Sid === 'string' ? { sid: entry.Sid } : {}),
      effect,
      actions: strings(entry.Action),
      notActions: strings(entry.NotAction),
      resources: strings(entry.Resource),
      notResources: strings(entry.NotResource),
      principals: principals(entry.Principal),
      notPrincipals: principals(entry.NotPrincipal),
      conditions: conditions(entry.Condition),
    });
  }
  return { statements };
}

function principals(value: unknown): PolicyPrincipal[] {
  if (value === '*') return [{ type: '*', value: '*' }];
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([type, values]) =>
    strings(values).map((entry) => ({ type, value: entry })),
  );
}

function conditions(value: unknown): PolicyCondition[] {
  if (!isRecord(value)) return [];
  const result: PolicyCondition[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isRecord(block)) continue;
    for (const [key, values] of Object.entries(block)) {
      result.push({ operator, key: key.toLowerCase(), values: strings(values).concat(scalars(values)) });
    }
  }
  return result;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return [];
}

/** Booleans and numbers in conditions (`"aws:SecureTransport": false`) compare as their text. */
function scalars(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((entry) => typeof entry === 'boolean' || typeof entry === 'number').map(String);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
