#!/usr/bin/env node
import { tuneHeapForScanning } from '../core/heap-tuning';
import { main } from './main';

tuneHeapForScanning();
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
