import { accepts } from "../stationing/stationing-repository.ts";
import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { GuideRepository } from "./guide-repository.ts";
import type { GuideRecord } from "./guide.ts";
import { guideOf } from "./read-guide.ts";

const MAX_PAGE = 100;
const MAX_KEYWORD = 50;

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");
function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new DomainError("INVALID_CURSOR", "分页游标无效,请从第一页重新查询", "after");
  return Number(match[1]);
}

/**
 * 事项检索: the items a centre accepts, across all departments, whose name or conditions contain the
 * keyword (Chinese matched literally, e.g. 营业执照), ordered by code, a page at a time.
 */
export async function searchGuides(
  ctx: CentreContext,
  centreId: string,
  keyword: string | null | undefined,
  first: number,
  after: string | null | undefined,
): Promise<{ nodes: GuideRecord[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new DomainError("FIRST_OUT_OF_RANGE", `每页条数须在1到${MAX_PAGE}之间`, "first");
  }
  if (keyword && keyword.length > MAX_KEYWORD) throw new DomainError("KEYWORD_TOO_LONG", `关键词不能超过${MAX_KEYWORD}个字`, "keyword");
  const centre = await ctx.centreById.load(centreId);
  if (!centre) throw new DomainError("CENTRE_NOT_FOUND", `中心 ${centreId} 不存在`, "centreId");
  const offset = after ? decodeCursor(after) : 0;
  const { items, total } = await new GuideRepository(ctx.db).search(centreId, ctx.today(), keyword ?? null, first, offset);
  const nodes = await Promise.all(
    items.map(async (item) => guideOf(ctx, centre, item, (await ctx.stationingsHere.load(`${centreId}|${item.code}`)).filter(accepts))),
  );
  const end = offset + nodes.length;
  return { nodes, totalCount: total, pageInfo: { hasNextPage: end < total, endCursor: nodes.length ? encodeCursor(end) : null } };
}
