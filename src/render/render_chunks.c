/* render_chunks: a static picture (the map's tile layers) drawn once into square
 * chunks and then copied, instead of tile by tile every frame.
 *
 * A chunk is painted as the frame would have been: cleared to the background
 * colour, then every tile that reaches into it drawn in the caller's order with the
 * same blending. A pixel therefore ends up with exactly the value the frame would
 * have given it, and copying the chunk (no blending) puts that value in the frame:
 * the picture does not change by a bit, only the work does. Chunks outside the view
 * are kept while there is room, least recently used first out. */
#include "render_chunks.h"

#include <SDL.h>
#include <stdlib.h>

#define REN_CHUNK 128     /* px; a 640x360 view touches at most 6x4 chunks */
#define REN_MAX_CHUNKS 30 /* 64 KB each: the 24 a view can touch, and a few spare */

typedef struct {
    SDL_Texture *tex;
    int cx, cy;
    bool valid;
    uint64_t used; /* frame it was last drawn in */
} ren_chunk;

struct ren_chunks {
    ren_chunk slots[REN_MAX_CHUNKS];
    uint64_t version;
    ren_color clear;
    uint64_t frame;
    bool broken; /* no target textures here: draw tile by tile */
};

void ren_chunks_free(ren_chunks *chunks)
{
    if (!chunks) return;
    for (int i = 0; i < REN_MAX_CHUNKS; i++)
        if (chunks->slots[i].tex) SDL_DestroyTexture(chunks->slots[i].tex);
    free(chunks);
}

static int ren_floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static ren_chunk *ren_chunk_find(ren_chunks *c, int cx, int cy)
{
    for (int i = 0; i < REN_MAX_CHUNKS; i++)
        if (c->slots[i].valid && c->slots[i].cx == cx && c->slots[i].cy == cy) return &c->slots[i];
    return NULL;
}

/* A slot for a new chunk: an empty one, else the least recently drawn. */
static ren_chunk *ren_chunk_take(ren_chunks *c)
{
    ren_chunk *best = &c->slots[0];
    for (int i = 0; i < REN_MAX_CHUNKS; i++) {
        ren_chunk *s = &c->slots[i];
        if (!s->valid) return s;
        if (s->used < best->used) best = s;
    }
    return best;
}

static bool ren_chunk_paint(ren_context *ctx, ren_chunks *c, ren_chunk *slot, int cx, int cy,
                            ren_paint_fn paint, void *user)
{
    SDL_Renderer *r = ren_sdl(ctx);
    if (!slot->tex) {
        slot->tex = SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                      REN_CHUNK, REN_CHUNK);
        if (!slot->tex) return false;
        SDL_SetTextureBlendMode(slot->tex, SDL_BLENDMODE_NONE);
    }
    SDL_Texture *target = SDL_GetRenderTarget(r);
    if (SDL_SetRenderTarget(r, slot->tex) != 0) return false;
    Uint8 cr, cg, cb, ca;
    SDL_BlendMode mode;
    SDL_GetRenderDrawColor(r, &cr, &cg, &cb, &ca);
    SDL_GetRenderDrawBlendMode(r, &mode);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(r, c->clear.r, c->clear.g, c->clear.b, 255);
    SDL_RenderClear(r);
    paint(user, ctx, cx * REN_CHUNK, cy * REN_CHUNK, REN_CHUNK, REN_CHUNK);
    SDL_SetRenderTarget(r, target);
    SDL_SetRenderDrawBlendMode(r, mode);
    SDL_SetRenderDrawColor(r, cr, cg, cb, ca);
    slot->cx = cx;
    slot->cy = cy;
    slot->valid = true;
    return true;
}

void ren_forget_cached(ren_context *ctx)
{
    ren_chunks *c = *ren_chunks_of(ctx);
    if (!c) return;
    for (int i = 0; i < REN_MAX_CHUNKS; i++) c->slots[i].valid = false;
}

bool ren_draw_cached(ren_context *ctx, uint64_t version, int view_x, int view_y, ren_color clear,
                     ren_paint_fn paint, void *user)
{
    ren_chunks **own = ren_chunks_of(ctx);
    if (!*own) *own = calloc(1, sizeof **own);
    ren_chunks *c = *own;
    if (!c || c->broken) return false;
    if (c->version != version || c->clear.r != clear.r || c->clear.g != clear.g ||
        c->clear.b != clear.b) {
        for (int i = 0; i < REN_MAX_CHUNKS; i++) c->slots[i].valid = false;
        c->version = version;
        c->clear = clear;
    }
    c->frame++;
    int cx0 = ren_floor_div(view_x, REN_CHUNK), cy0 = ren_floor_div(view_y, REN_CHUNK);
    int cx1 = ren_floor_div(view_x + REN_LOGICAL_W - 1, REN_CHUNK);
    int cy1 = ren_floor_div(view_y + REN_LOGICAL_H - 1, REN_CHUNK);
    /* Mark what stays first, so painting a new chunk never evicts one in view. */
    for (int cy = cy0; cy <= cy1; cy++)
        for (int cx = cx0; cx <= cx1; cx++) {
            ren_chunk *s = ren_chunk_find(c, cx, cy);
            if (s) s->used = c->frame;
        }
    SDL_Renderer *r = ren_sdl(ctx);
    for (int cy = cy0; cy <= cy1; cy++)
        for (int cx = cx0; cx <= cx1; cx++) {
            ren_chunk *s = ren_chunk_find(c, cx, cy);
            if (!s) {
                s = ren_chunk_take(c);
                s->valid = false;
                if (!ren_chunk_paint(ctx, c, s, cx, cy, paint, user)) {
                    /* Without target textures, nothing has been drawn yet: the
                     * caller draws the tiles itself, now and from now on. */
                    c->broken = true;
                    return false;
                }
                s->used = c->frame;
            }
            SDL_Rect dst = {cx * REN_CHUNK - view_x, cy * REN_CHUNK - view_y, REN_CHUNK, REN_CHUNK};
            SDL_RenderCopy(r, s->tex, NULL, &dst);
        }
    return true;
}
