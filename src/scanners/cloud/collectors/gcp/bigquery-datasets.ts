import type { Collected } from '../aws/collected';
import { restGet } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';
import { readPerItem } from './per-item';
import type { BigQueryDataset } from './rest-types';

export interface DatasetWithAccess {
  /** The dataset as listed (reference and location). */
  listed: BigQueryDataset;
  /** The dataset read in full, with its access list, or why it could not be read. */
  dataset: Collected<BigQueryDataset>;
}

/** BigQuery through REST: the datasets, each read for its access list (the list call omits it). */
export async function collectBigQueryDatasets(session: GcpSession): Promise<DatasetWithAccess[]> {
  const base = `bigquery/v2/projects/${session.projectId}/datasets`;
  const listed = await listPages(
    async (pageToken) => {
      const data = await restGet<{ datasets?: BigQueryDataset[]; nextPageToken?: string }>(
        session,
        'bigquery',
        base,
        { maxResults: 500, pageToken },
      );
      return { items: data.datasets ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `BigQuery datasets of project ${session.projectId}`,
    session.warn,
  );
  const full = await readPerItem(
    listed,
    (dataset) => `BigQuery dataset ${dataset.id ?? dataset.datasetReference?.datasetId}`,
    (dataset) =>
      restGet<BigQueryDataset>(
        session,
        'bigquery',
        `${base}/${encodeURIComponent(dataset.datasetReference?.datasetId ?? '')}`,
      ),
  );
  return listed.map((dataset, index) => ({ listed: dataset, dataset: full[index]! }));
}
