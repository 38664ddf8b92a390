/**
 * Says where a build's page-generation time goes: Astro logs how long it generated pages (rendering
 * and writing each file, one after the other), and this integration times the rendering alone, by
 * wrapping Astro's prerenderer, so that the rest is known to be writing. `npm run bench` reads the line.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** The log line's prefix, for scripts that read it. */
export const TIMINGS_LOG = 'render-timings';

export function buildTimings(): AstroIntegration {
  let renderMs = 0;
  let pages = 0;
  return {
    name: 'tdkt:timings',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer: AstroPrerenderer) => ({
          ...prerenderer,
          render: async (request, options) => {
            const started = performance.now();
            const result = await prerenderer.render(request, options);
            // The body is rendered as it is read; read it here so that the time counts as rendering.
            const response = result instanceof Response ? result : result.response;
            const body = await response.arrayBuffer();
            const rendered = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            renderMs += performance.now() - started;
            pages += 1;
            return result instanceof Response ? rendered : { ...result, response: rendered };
          },
        }));
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`${TIMINGS_LOG}: ${(renderMs / 1000).toFixed(2)} s rendering ${pages} pages`);
      },
    },
  };
}
