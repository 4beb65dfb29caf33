import type { IacRule } from '../../../model/violation';
import { programWords } from '../../../formats/dockerfile/shell-commands';
import { flagRun, programName, type RunCommand, runCommands } from '../shared/run-commands';

const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ash',
  'ksh',
  'fish',
  'python',
  'python2',
  'python3',
  'perl',
  'ruby',
  'node',
  'php',
  'pwsh',
]);
/** `sh -c "$(curl ...)"`, `bash <(wget -qO- ...)`. */
const SUBSTITUTED_DOWNLOAD = /(\$\(|<\(|`)\s*(curl|wget)\b/;

function pipedIntoInterpreter(run: RunCommand): string | undefined {
  if (!DOWNLOADERS.has(programName(run.program)) || run.command.operator !== '|') return undefined;
  const next = run.siblings[run.position + 1];
  const interpreter = next ? programName(programWords(next)) : '';
  return INTERPRETERS.has(interpreter) ? `${programName(run.program)} | ${interpreter}` : undefined;
}

function runsSubstitutedDownload(run: RunCommand): string | undefined {
  const name = programName(run.program);
  if (!INTERPRETERS.has(name)) return undefined;
  return run.program.some((word) => SUBSTITUTED_DOWNLOAD.test(word))
    ? `${name} running a download`
    : undefined;
}

const rule: IacRule = {
  meta: {
    id: 'docker-curl-pipe-shell',
    title: 'RUN pipes a download straight into a shell',
    severity: 'high',
    description:
      'Piping `curl` or `wget` output into `sh` runs whatever the server sends, unreviewed and unverified, with the privileges of the build. A compromised install script, a hijacked domain or a truncated download ends up executed and baked into the image.',
    remediation:
      'Download to a file, verify it against a published checksum or signature (`echo "<sha256>  install.sh" | sha256sum -c -`), then run it; better, install a versioned package or use `ADD --checksum`.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
      'https://docs.docker.com/reference/dockerfile/#add---checksum',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'supply-chain',
    compliance: { 'cis-docker-1.6': ['4.11'], 'nist-800-53-r5': ['SI-7', 'SR-11'] },
    aliases: [],
  },
  check(model) {
    return runCommands(model).flatMap((run) => {
      const what = pipedIntoInterpreter(run) ?? runsSubstitutedDownload(run);
      return what ? [flagRun(run, `RUN executes unverified remote code (${what})`)] : [];
    });
  },
};

export default rule;
