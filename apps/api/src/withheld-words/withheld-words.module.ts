import { Global, Module } from '@nestjs/common';
import { WithheldWordsService } from './withheld-words.service';

/** Global: every place members write may be refused, and keeps the refused words for the crisis check. */
@Global()
@Module({ providers: [WithheldWordsService], exports: [WithheldWordsService] })
export class WithheldWordsModule {}
