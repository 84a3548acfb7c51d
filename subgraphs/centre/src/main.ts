import { baseEnvironment, parseEnvironment, runService } from "@wuxi/service-kit";
import { z } from "zod";
import { CENTRE_PORT, startCentreService } from "./service.ts";

const env = parseEnvironment(baseEnvironment.extend({ PORT: z.coerce.number().int().default(CENTRE_PORT) }));

runService("centre", () =>
  startCentreService({
    port: env.PORT,
    host: env.HOST,
    gatewaySecret: env.GATEWAY_SECRET,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
  }),
);
