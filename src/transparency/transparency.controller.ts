import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/decorators.js';
import { DomainError, notFound } from '../common/errors/domain-error.js';
import { ApiErrors } from '../common/http/api-errors.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { toHex } from '../common/transparency/merkle.js';
import { LogTree } from './log-tree.js';
import { TreeHeads } from './tree-heads.service.js';
import {
  ConsistencyQuery,
  ConsistencyResponse,
  InclusionQuery,
  InclusionResponse,
  TreeHeadsQuery,
  TreeHeadsResponse,
} from './transparency.dto.js';

/** The county logs' public face: signed heads and proofs, for anyone to check (docs/transparency.md). */
@ApiTags('public')
@Controller('public')
export class TransparencyController {
  constructor(
    private readonly heads: TreeHeads,
    private readonly tree: LogTree,
  ) {}

  @Get('tree-heads/:countyId')
  @Public()
  @ApiOperation({ summary: "A county's signed tree heads (no login): the latest, the history newest first, and the keys that sign them" })
  @ApiOkResponse({ description: 'Heads and keys', type: TreeHeadsResponse })
  async treeHeads(@Param('countyId', ParseIdPipe) countyId: number, @Query() q: TreeHeadsQuery): Promise<TreeHeadsResponse> {
    const [page, keys, latest] = await Promise.all([
      this.heads.list(countyId, q.limit, q.offset),
      this.heads.publicKeys(countyId),
      this.heads.latest(countyId),
    ]);
    if (keys.length === 0 && page.total === 0) throw notFound('county', countyId);
    return { countyId, keys, latest, items: page.items, total: page.total };
  }

  @Get('proofs/inclusion')
  @Public()
  @ApiErrors('NOT_FOUND', 'TREE_SIZE_NOT_PUBLISHED', 'LEAF_NOT_IN_TREE')
  @ApiOperation({ summary: 'That a leaf is in a published tree head (RFC 9162 audit path); the leaf by index, or by kind and row id' })
  @ApiOkResponse({ description: 'The audit path', type: InclusionResponse })
  async inclusion(@Query() q: InclusionQuery): Promise<InclusionResponse> {
    const treeSize = await this.heads.publishedSize(q.countyId, q.treeSize);
    let leafIndex = q.leafIndex;
    if (leafIndex === undefined) {
      const leaf = await this.tree.leafOf(q.kind!, String(q.ref));
      if (!leaf || leaf.countyId !== q.countyId) throw notFound('leaf', `${q.kind} ${q.ref}`);
      leafIndex = leaf.leafIndex;
    }
    if (leafIndex >= treeSize) throw new DomainError('LEAF_NOT_IN_TREE', { leafIndex, treeSize });
    const proof = await this.tree.inclusion(q.countyId, leafIndex, treeSize);
    return { countyId: q.countyId, treeSize, leafIndex, leafHash: toHex(proof.leafHash), auditPath: proof.path.map(toHex) };
  }

  @Get('proofs/consistency')
  @Public()
  @ApiErrors('NOT_FOUND', 'TREE_SIZE_NOT_PUBLISHED')
  @ApiOperation({
    summary: 'That an earlier tree head is a prefix of a later one (RFC 9162 consistency proof): history was only appended to',
  })
  @ApiOkResponse({ description: 'The proof', type: ConsistencyResponse })
  async consistency(@Query() q: ConsistencyQuery): Promise<ConsistencyResponse> {
    const to = await this.heads.publishedSize(q.countyId, q.to);
    if (q.from > to) throw new DomainError('TREE_SIZE_NOT_PUBLISHED', { treeSize: q.from, published: to });
    const proof = await this.tree.consistency(q.countyId, q.from, to);
    return { countyId: q.countyId, from: q.from, to, proof: proof.map(toHex) };
  }
}
