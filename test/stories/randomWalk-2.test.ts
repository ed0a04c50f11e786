import { describeRandomWalks } from './randomWalks.ts';
import { shard } from './storyChecks.ts';

describeRandomWalks(shard(1, 2));
