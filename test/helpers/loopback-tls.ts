import { generate } from 'selfsigned';

export interface LoopbackTls {
  key: string;
  cert: string;
}

let cached: Promise<LoopbackTls> | undefined;

/**
 * A certificate for https://127.0.0.1, made once per test process. Clients trust it by passing it as their
 * CA (an https.Agent in-process, NODE_EXTRA_CA_CERTS for a child process): nothing disables TLS checks.
 */
export function loopbackTls(): Promise<LoopbackTls> {
  cached ??= generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
