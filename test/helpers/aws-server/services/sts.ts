import { createVerify } from 'node:crypto';
import { AwsFault, type AwsRequest } from '../wire/http';
import type { AwsWorld } from '../world';
import { formAction, type Service } from './service';

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

function globMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(value);
}

function parseRoleArn(arn: string | null): { account: string; name: string } {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn ?? '');
  if (!match) throw new AwsFault(400, 'ValidationError', `RoleArn ${arn ?? ''} is not a role ARN`);
  return { account: match[1]!, name: match[2]! };
}

function duration(params: URLSearchParams, max: number): number {
  const value = Number(params.get('DurationSeconds') ?? 3600);
  if (!Number.isInteger(value) || value < 900 || value > max) {
    throw new AwsFault(400, 'ValidationError', `DurationSeconds must be between 900 and ${max}`);
  }
  return value;
}

/** Verifies an RS256 JWT against the trusted GitHub issuer and returns its claims. */
function verifyWebIdentity(world: AwsWorld, token: string): Record<string, unknown> {
  const oidc = world.oidc;
  const [header, payload, signature] = token.split('.');
  if (!oidc || !header || !payload || !signature)
    throw new AwsFault(400, 'InvalidIdentityToken', 'The web identity token is malformed');
  const valid = createVerify('RSA-SHA256')
    .update(`${header}.${payload}`)
    .verify(oidc.publicKey, Buffer.from(signature, 'base64url'));
  if (!valid)
    throw new AwsFault(400, 'InvalidIdentityToken', 'The web identity token signature is not valid');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (claims.iss !== oidc.issuer)
    throw new AwsFault(400, 'InvalidIdentityToken', 'No OpenIDConnect provider found for the issuer');
  if (claims.aud !== oidc.audience)
    throw new AwsFault(400, 'InvalidIdentityToken', 'Incorrect token audience');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < world.clock())
    throw new AwsFault(400, 'ExpiredTokenException', 'Token expired');
  return claims;
}

function credentialsResult(world: AwsWorld, account: string, role: string, session: string, seconds: number) {
  const arn = `arn:aws:sts::${account}:assumed-role/${role}/${session}`;
  const issued = world.issue(account, arn, seconds);
  return {
    credentials: {
      AccessKeyId: issued.accessKeyId,
      SecretAccessKey: issued.secretAccessKey,
      SessionToken: issued.sessionToken,
      Expiration: issued.expiration,
    },
    user: { Arn: arn, AssumedRoleId: `AROA${account}:${session}` },
  };
}

export const sts: Service = {
  name: 'sts',
  protocol: 'query',
  namespace: NAMESPACE,
  operation: formAction,
  handle(operation, request: AwsRequest, world) {
    const params = new URLSearchParams(request.body);
    switch (operation) {
      case 'AssumeRoleWithWebIdentity': {
        const claims = verifyWebIdentity(world, params.get('WebIdentityToken') ?? '');
        const { account, name } = parseRoleArn(params.get('RoleArn'));
        const role = world.accounts.get(account)?.stsRoles.find((entry) => entry.name === name);
        const subject = String(claims.sub ?? '');
        if (!role?.oidcSubjects?.some((pattern) => globMatch(pattern, subject))) {
          throw new AwsFault(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
        }
        const issued = credentialsResult(
          world,
          account,
          name,
          params.get('RoleSessionName') ?? 'session',
          duration(params, role.maxSessionSeconds ?? 3600),
        );
        return {
          body: {
            SubjectFromWebIdentityToken: subject,
            Audience: String(claims.aud),
            AssumedRoleUser: issued.user,
            Credentials: issued.credentials,
            Provider: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`,
          },
        };
      }
      case 'AssumeRole': {
        const { account, name } = parseRoleArn(params.get('RoleArn'));
        const role = world.accounts.get(account)?.stsRoles.find((entry) => entry.name === name);
        if (!role?.trustedAccounts?.includes(request.account)) {
          throw new AwsFault(
            403,
            'AccessDenied',
            `User: ${request.callerArn} is not authorized to perform: sts:AssumeRole on resource: ${params.get('RoleArn') ?? ''}`,
          );
        }
        // Role chaining caps the session at one hour.
        const issued = credentialsResult(
          world,
          account,
          name,
          params.get('RoleSessionName') ?? 'session',
          duration(params, 3600),
        );
        return { body: { AssumedRoleUser: issued.user, Credentials: issued.credentials } };
      }
      case 'GetCallerIdentity':
        return {
          body: { Account: request.account, Arn: request.callerArn, UserId: `AIDA${request.account}` },
        };
      default:
        throw new AwsFault(400, 'InvalidAction', `Could not find operation ${operation}`);
    }
  },
};
