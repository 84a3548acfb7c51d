import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * `npm run dev -w consoles`: Vite's dev server with fast refresh, proxying /graphql and /dev to a
 * running gateway (GATEWAY_ORIGIN, default http://127.0.0.1:4000). `npm start` serves the built app
 * from the gateway itself, one origin for the page and the API.
 */
const gateway = process.env.GATEWAY_ORIGIN ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: { port: Number(process.env.CONSOLES_DEV_PORT ?? 5173), proxy: { "/graphql": gateway, "/dev": gateway } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
