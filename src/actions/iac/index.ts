import { tuneHeapForScanning } from '../../core/heap-tuning';
import { run } from './main';

tuneHeapForScanning();
void run().then((code) => (process.exitCode = code));
