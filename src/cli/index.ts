#!/usr/bin/env node
import { tuneV8ForScanning } from '../core/v8-tuning';
import { main } from './main';

tuneV8ForScanning();
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
