import { tuneV8ForScanning } from '../../core/v8-tuning';
import { run } from './main';

tuneV8ForScanning();
void run().then((code) => (process.exitCode = code));
