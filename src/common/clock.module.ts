import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

/** One clock for every module's "now" (tests move it; production never does). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
