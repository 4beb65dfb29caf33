import type { DockerInstruction, DockerStage } from '../../../formats/dockerfile/docker-stages';

const SECRET_WORD =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)|(^|_)PASS$/;
/** Names that point at or describe a secret rather than hold one. */
const NOT_A_SECRET =
  /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|NAME|USER|USERNAME|TYPE|LENGTH|TTL|TIMEOUT|EXPIRY|EXPIRES|ENABLED|HEADER|PREFIX|ID|REGION)$/;

export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase().replace(/[-.]/g, '_');
  return SECRET_WORD.test(upper) && !NOT_A_SECRET.test(upper);
}

/** A value that is only a reference to another variable: `$NPM_TOKEN`, `${TOKEN}`. */
export function isVariableReference(value: string): boolean {
  return /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(value.trim());
}

/** Flags, counts and placeholders are not credentials. */
export function looksLikeSecretValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || isVariableReference(trimmed) || trimmed.startsWith('/run/secrets/')) return false;
  return !/^(true|false|yes|no|on|off|none|null|\d{1,6}|<[^>]*>|\*+)$/i.test(trimmed);
}

/** ENV and ARG instructions of a stage, with the global ARGs counted once, on the first stage. */
export function envAndArgs(stage: DockerStage): DockerInstruction[] {
  const own = stage.instructions.filter(
    (instruction) => instruction.keyword === 'ENV' || instruction.keyword === 'ARG',
  );
  return stage.index === 0 ? [...stage.globalArgs, ...own] : own;
}
