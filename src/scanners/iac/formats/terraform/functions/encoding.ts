import { gzipSync } from 'node:zlib';
import { parseAllDocuments, stringify } from 'yaml';
import { wellFormed } from '../../../../../core/well-formed';
import { checkString, EvalError, toStringValue, type Value } from '../values';
import { encodeJson, fromPlain } from './json-values';
import { toPlainData } from './plain-data';
import type { FunctionTable } from './registry';

function jsondecode(text: string): Value {
  try {
    return fromPlain(JSON.parse(text));
  } catch (error) {
    if (error instanceof EvalError) throw error;
    throw new EvalError(`jsondecode() was given invalid JSON: ${(error as Error).message}`);
  }
}

function yamldecode(text: string): Value {
  const documents = parseAllDocuments(text, { prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  if (list.length > 1) throw new EvalError('yamldecode() was given more than one YAML document');
  const document = list[0];
  if (!document) return null;
  if (document.errors.length > 0)
    throw new EvalError(`yamldecode() was given invalid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  try {
    return fromPlain(document.toJS({ maxAliasCount: 1000 }));
  } catch (error) {
    throw new EvalError(`yamldecode() could not read the YAML: ${(error as Error).message}`);
  }
}

function base64decode(text: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    throw new EvalError('base64decode() was given invalid base64');
  const bytes = Buffer.from(text, 'base64');
  const decoded = bytes.toString('utf8');
  if (!Buffer.from(decoded, 'utf8').equals(bytes))
    throw new EvalError('base64decode() result is not valid UTF-8');
  return decoded;
}

/** RFC 4180 CSV with a header row, as Terraform's csvdecode reads it. */
function csvdecode(text: string): Value {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const c = text[index]!;
    if (quoted) {
      if (c === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows;
  if (!header) return [];
  return records.map((record) => {
    if (record.length !== header.length)
      throw new EvalError('csvdecode() found a row with a different number of fields than the header');
    return fromPlain(Object.fromEntries(header.map((name, index) => [name, record[index]!])));
  });
}

export const ENCODING_FUNCTIONS: FunctionTable = {
  jsonencode: { min: 1, fn: ([value], env) => encodeJson(value!, env.budget) },
  jsondecode: { min: 1, fn: ([value]) => jsondecode(toStringValue(value!)) },
  yamldecode: { min: 1, fn: ([value]) => yamldecode(toStringValue(value!)) },
  yamlencode: {
    min: 1,
    fn: ([value], env) => {
      encodeJson(value!, env.budget); // bounds the size before the YAML is built
      return checkString(stringify(toPlainData(value!, env.budget), { lineWidth: 0 }));
    },
  },
  base64encode: { min: 1, fn: ([value]) => Buffer.from(toStringValue(value!), 'utf8').toString('base64') },
  base64decode: { min: 1, fn: ([value]) => base64decode(toStringValue(value!)) },
  base64gzip: {
    min: 1,
    fn: ([value]) => gzipSync(Buffer.from(toStringValue(value!), 'utf8')).toString('base64'),
  },
  urlencode: {
    min: 1,
    fn: ([value]) =>
      // Half a surrogate pair (a `"\ud800"` escape) is the replacement character, as in Terraform's UTF-8.
      encodeURIComponent(wellFormed(toStringValue(value!)))
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
  },
  csvdecode: { min: 1, fn: ([value]) => csvdecode(toStringValue(value!)) },
};
