export type * from './ast';
export { spanRange } from './ast';
export { parseHcl, parseTemplate, parseExpressionText } from './parser';
export { jsonToBody, jsonExpression, type JsonBodySchema, type JsonPropertyKind } from './json-syntax';
