/**
 * Recognises credentials written in clear into configuration: well-known key
 * formats anywhere in a text, and values of variables whose name says they hold
 * a secret. References to a secret store (ARNs, `{{resolve:...}}`, SSM paths,
 * template placeholders) are not secrets.
 */
const KEY_PATTERNS: [RegExp, string][] = [
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}/i, 'an AWS secret access key'],
  [/-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/, 'a private key'],
  [/\b(gh[pousr]_[A-Za-z0-9]{36,})\b/, 'a GitHub token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
];

const ASSIGNMENT =
  /\b(?:[A-Z0-9_]*_)?(PASSWORD|PASSWD|PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)\s*=\s*["']?([^\s"'$`]{6,})/i;

const SENSITIVE_NAME =
  /(passw(or)?d|passwd|^pass$|_pass$|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key)/i;
const NOT_A_VALUE_NAME =
  /(_arn|arn$|_id$|_name$|_path$|_file$|_url$|_uri$|_type$|_ttl$|_length$|_version$|_region$|_param(eter)?$|_ref$)/i;
const REFERENCE = /^(arn:|\{\{resolve:|ssm:|secretsmanager:|\/aws\/reference|alias\/|\$\{|\$\(|<|%|__)/i;
const PLACEHOLDER =
  /^(changeme|change-me|replace[-_]?me|todo|xxx+|\*+|none|null|false|true|example|placeholder|dummy)$/i;

/** What kind of credential a text contains, if any. */
export function secretInText(text: string): string | undefined {
  for (const [pattern, what] of KEY_PATTERNS) if (pattern.test(text)) return what;
  const assignment = ASSIGNMENT.exec(text);
  if (assignment && !REFERENCE.test(assignment[2]!) && !PLACEHOLDER.test(assignment[2]!))
    return `a ${assignment[1]!.toLowerCase()} assignment`;
  return undefined;
}

/** Whether an environment variable (name and literal value) holds a secret in clear. */
export function isSecretVariable(name: string, value: string): string | undefined {
  const fromValue = secretInText(value);
  if (fromValue) return fromValue;
  const trimmed = value.trim();
  if (!SENSITIVE_NAME.test(name) || NOT_A_VALUE_NAME.test(name)) return undefined;
  if (trimmed.length < 4 || REFERENCE.test(trimmed) || PLACEHOLDER.test(trimmed)) return undefined;
  return 'a secret';
}

/** User data is often base64-encoded: decode it when it is, so the script itself is inspected. */
export function decodeUserData(text: string): string {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 16 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return text;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  // Keep the original unless the decoded bytes are mostly printable text.
  const printable = decoded.replace(/[^\x20-\x7e\n\r\t]/g, '').length;
  return printable >= decoded.length * 0.95 ? decoded : text;
}
