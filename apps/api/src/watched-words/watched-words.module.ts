import { Global, Module } from '@nestjs/common';
import { WatchedWordsController } from './watched-words.controller';
import { WatchedWordsService } from './watched-words.service';

/** Global: every place members write screens their words through it. */
@Global()
@Module({ controllers: [WatchedWordsController], providers: [WatchedWordsService], exports: [WatchedWordsService] })
export class WatchedWordsModule {}
