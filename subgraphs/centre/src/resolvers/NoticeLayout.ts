import type { NoticeResolvers } from "../generated/graphql.ts";

/** What the screen needs to lay a notice out as its PDF does: the addressee first, the closing after the lists. */
export const noticeLayout: Pick<NoticeResolvers, "addressee" | "closing"> = {
  addressee: (n) => (n.content as { addressee?: string }).addressee ?? null,
  closing: (n) => (n.content as { closing?: string[] }).closing ?? [],
};
