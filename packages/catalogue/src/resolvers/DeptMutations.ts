import { payload } from "@wuxi/service-kit";
import type { DeptMutationsResolvers } from "../generated/graphql.ts";
import { cancelItem } from "../use-cases/cancel-item.ts";
import { importCatalogue } from "../use-cases/import-catalogue.ts";
import { issueLicence } from "../use-cases/issue-licence.ts";
import { recordDecision } from "../use-cases/record-decision.ts";
import { publishItem } from "../use-cases/publish-item.ts";
import { saveDraft } from "../use-cases/save-draft.ts";

const noVersion = { version: null };
const nothingImported = { created: [], updated: [], unchanged: [] };

export const DeptMutations: DeptMutationsResolvers = {
  saveDraft: (_p, { input }, ctx) => payload(() => saveDraft(ctx, input), noVersion),
  publish: (_p, { code, effectiveFrom }, ctx) => payload(() => publishItem(ctx, code, effectiveFrom), noVersion),
  cancel: (_p, { code, effectiveFrom, reason }, ctx) => payload(() => cancelItem(ctx, code, effectiveFrom, reason), noVersion),
  importCatalogue: (_p, { document }, ctx) => payload(() => importCatalogue(ctx, document), nothingImported),
  recordDecision: (_p, { input }, ctx) => recordDecision(ctx, input),
  issueLicence: (_p, { input }, ctx) => issueLicence(ctx, input),
};
