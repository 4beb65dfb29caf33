import * as graph from './graph';
import * as jsonDocuments from './json-document';
import * as policyDocuments from './policy-document';
import * as loader from './terraform-loader';

export type { TerraformLoaderOptions } from './terraform-loader';
export type { ReferenceQuery } from './graph';

// Plain values: `export { ... } from` compiles to a getter, which every call from a view would run.
export const { createTerraformLoader, terraformLoader } = loader;
export const { referencesTo, referencesFrom } = graph;
export const { encodedDocument, jsonDocument } = jsonDocuments;
export const { policyDocument, documentFromDataSource } = policyDocuments;
