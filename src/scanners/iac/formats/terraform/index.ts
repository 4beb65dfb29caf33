export { createTerraformLoader, terraformLoader, type TerraformLoaderOptions } from './terraform-loader';
export { referencesTo, referencesFrom, type ReferenceQuery } from './graph';
export { encodedDocument, jsonDocument } from './json-document';
export { policyDocument, documentFromDataSource } from './policy-document';
