import { DescribeFileSystemsCommand, EFSClient, type FileSystemDescription } from '@aws-sdk/client-efs';
import type { CollectEnv } from './collect-env';

export function collectFileSystems(env: CollectEnv): Promise<FileSystemDescription[]> {
  const efs = env.client(EFSClient);
  return env.pages('elasticfilesystem:DescribeFileSystems', env.region, async (marker) => {
    const output = await efs.send(
      new DescribeFileSystemsCommand({ MaxItems: 100, ...(marker ? { Marker: marker } : {}) }),
    );
    return { items: output.FileSystems ?? [], next: output.NextMarker };
  });
}
