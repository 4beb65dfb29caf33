import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { cleanAccount } from '../../helpers/aws-server/seeds/clean-account';

describe('loopback AWS endpoints: every request must be SigV4-signed by issued credentials', () => {
  let server: AwsServer;
  const account = cleanAccount();
  const key = account.staticKeys[0]!;

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [account] });
  });
  afterAll(() => server.close());

  it('answers a correctly signed query and REST request', async () => {
    const iam = new IAMClient({
      region: 'us-east-1',
      endpoint: server.endpoint,
      credentials: key,
      maxAttempts: 1,
    });
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: key,
      maxAttempts: 1,
    });
    expect((await iam.send(new GetAccountSummaryCommand({}))).SummaryMap?.AccountMFAEnabled).toBe(1);
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.length).toBeGreaterThan(0);
    iam.destroy();
    s3.destroy();
  });

  it('refuses a signature made with the wrong secret, an unknown key and an unsigned request', async () => {
    const wrong = new IAMClient({
      region: 'us-east-1',
      endpoint: server.endpoint,
      credentials: { ...key, secretAccessKey: 'not-the-secret' },
      maxAttempts: 1,
    });
    await expect(wrong.send(new GetAccountSummaryCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
    });
    const wrongS3 = new S3Client({
      region: 'us-east-1',
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: { ...key, secretAccessKey: 'nope' },
      maxAttempts: 1,
    });
    await expect(wrongS3.send(new ListBucketsCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
    });
    const unknown = new IAMClient({
      region: 'us-east-1',
      endpoint: server.endpoint,
      credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    await expect(unknown.send(new GetAccountSummaryCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
    });
    const unsigned = await fetch(server.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetAccountSummary&Version=2010-05-08',
    });
    expect(unsigned.status).toBe(403);
    for (const client of [wrong, wrongS3, unknown]) client.destroy();
  });
});
