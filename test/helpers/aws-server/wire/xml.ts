/**
 * A small XML writer for AWS responses. Objects become elements, arrays become repeated child elements
 * named by the protocol (`member` for the query protocol, `item` for EC2), or by `list(name, items)` where
 * a service names its list members itself (RDS `DBInstance`, S3 `Bucket`), or `flat(items)` for S3's
 * flattened lists, whose members repeat the field's own element name. Dates are written as ISO 8601.
 */
export interface XmlList {
  kind: 'xml-list';
  member: string;
  items: unknown[];
  flattened: boolean;
}

export function list(member: string, items: unknown[]): XmlList {
  return { kind: 'xml-list', member, items, flattened: false };
}

export function flat(items: unknown[]): XmlList {
  return { kind: 'xml-list', member: '', items, flattened: true };
}

/** Raw XML attributes on an element: `{ [ATTRIBUTES]: { 'xsi:type': 'Group' } }`. */
export const ATTRIBUTES = '@attributes';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return escapeXml(String(value));
}

function isXmlList(value: unknown): value is XmlList {
  return typeof value === 'object' && value !== null && (value as XmlList).kind === 'xml-list';
}

export function element(name: string, value: unknown, listMember: string): string {
  if (value === undefined || value === null) return '';
  if (isXmlList(value)) {
    if (value.flattened) return value.items.map((item) => element(name, item, listMember)).join('');
    return `<${name}>${value.items.map((item) => element(value.member, item, listMember)).join('')}</${name}>`;
  }
  if (Array.isArray(value))
    return `<${name}>${value.map((item) => element(listMember, item, listMember)).join('')}</${name}>`;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    const attributes = record[ATTRIBUTES] as Record<string, string> | undefined;
    const attributeText = attributes
      ? Object.entries(attributes)
          .map(([key, text]) => ` ${key}="${escapeXml(text)}"`)
          .join('')
      : '';
    const children = Object.entries(record)
      .filter(([key]) => key !== ATTRIBUTES)
      .map(([key, child]) => element(key, child, listMember))
      .join('');
    return `<${name}${attributeText}>${children}</${name}>`;
  }
  return `<${name}>${scalar(value)}</${name}>`;
}

export function document(
  root: string,
  namespace: string | undefined,
  body: Record<string, unknown>,
  listMember: string,
): string {
  const children = Object.entries(body)
    .map(([key, child]) => element(key, child, listMember))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${namespace ? ` xmlns="${namespace}"` : ''}>${children}</${root}>`;
}
