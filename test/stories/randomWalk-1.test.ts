import { describeRandomWalks } from './randomWalks.ts';
import { shard } from './storyChecks.ts';

describeRandomWalks(shard(0, 2));
