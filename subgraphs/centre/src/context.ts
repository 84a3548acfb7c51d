import type { Db } from "@wuxi/db";
import type { DepartmentConfig } from "@wuxi/federation";
import type { Actor } from "@wuxi/identity";
import DataLoader from "dataloader";
import { type CentreRecord, CentreRepository, type WindowRecord } from "./centres/centre-repository.ts";
import { type StationingRecord, StationingRepository } from "./stationing/stationing-repository.ts";

/** Per request: repositories on the database and one DataLoader per lookup, so each level is one query. */
export interface CentreContext {
  actor: Actor;
  departments: DepartmentConfig[];
  centres: CentreRepository;
  centreById: DataLoader<string, CentreRecord | undefined>;
  childrenOf: DataLoader<string, CentreRecord[]>;
  windowsOf: DataLoader<string, WindowRecord[]>;
  windowById: DataLoader<string, WindowRecord | undefined>;
  stationingsAtWindow: DataLoader<string, StationingRecord[]>;
  stationingsOfItem: DataLoader<string, StationingRecord[]>;
}

export function createCentreContext(db: Db, departments: DepartmentConfig[], actor: Actor): CentreContext {
  const centres = new CentreRepository(db);
  const stationing = new StationingRepository(db);
  return {
    actor,
    departments,
    centres,
    centreById: new DataLoader((ids) => centres.byIds(ids)),
    childrenOf: new DataLoader((ids) => centres.childrenOf(ids)),
    windowsOf: new DataLoader((ids) => centres.windowsOf(ids)),
    windowById: new DataLoader((ids) => centres.windowsByIds(ids)),
    stationingsAtWindow: new DataLoader((ids) => stationing.byWindowIds(ids)),
    stationingsOfItem: new DataLoader((codes) => stationing.byItemCodes(codes)),
  };
}
