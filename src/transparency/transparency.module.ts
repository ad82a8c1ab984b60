import { Module } from '@nestjs/common';
import { CountyKeys } from './county-keys.js';
import { LogTree } from './log-tree.js';
import { TransparencyController } from './transparency.controller.js';
import { TreeHeadsJob } from './tree-heads.job.js';
import { TreeHeads } from './tree-heads.service.js';

/** The county transparency logs: keys, signed tree heads, proofs (docs/transparency.md). */
@Module({
  controllers: [TransparencyController],
  providers: [CountyKeys, LogTree, TreeHeads, TreeHeadsJob],
  exports: [CountyKeys, LogTree, TreeHeads],
})
export class TransparencyModule {}
