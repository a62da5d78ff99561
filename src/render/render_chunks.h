/* render_chunks: private to the render module (render.c owns the cache that
 * render_chunks.c fills). */
#ifndef SQ_RENDER_CHUNKS_H
#define SQ_RENDER_CHUNKS_H

#include "render.h"

typedef struct ren_chunks ren_chunks;

/* The context's cache (NULL until the first ren_draw_cached). */
ren_chunks **ren_chunks_of(ren_context *ctx);
void ren_chunks_free(ren_chunks *chunks);

#endif
