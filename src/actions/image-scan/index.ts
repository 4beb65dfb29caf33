import { runImageScanAction } from './main';

void runImageScanAction(process.env).then((code) => (process.exitCode = code));
