import { run } from './main';

void run().then((code) => (process.exitCode = code));
