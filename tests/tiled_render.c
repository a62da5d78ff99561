/* sq-tiled-render: draws a whole Tiled map, as the level loader reads it, into one PNG.
 *
 *   sq-tiled-render MAP.tmx|MAP.lua OUT.png [DATA_ROOT]
 *
 * The tiles go through the engine's own path: scr_level_load reads the map into a
 * level (scaled to the 16 px grid), ren_add_sheet_scaled cuts and scales the tileset
 * images, ren_draw_tile draws them on the headless 640x360 canvas, one screen at a
 * time. The rest is done here in software after the canvas, independently of the
 * game's own drawing (src/game/game_map.c, whose goldens are tests/golden/tiled_game_*),
 * so these images show the map as Tiled means it: each layer's opacity and tint
 * (a layer is drawn on black and on white, which gives its coverage), the image
 * layers, the tile objects. Text objects are left out: that is the game's text
 * module's job. Exit 0 on success, 1 when the map does not load, 2 on bad usage. */
#include "level.h"
#include "render.h"
#include "script.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint16_t *sheet_base;

/* The sprite id of a tile reference, flips kept; 0 for none. */
static uint32_t sprite_of(const lvl_map *m, uint32_t raw)
{
    uint32_t gid = raw & LVL_GID_MASK;
    for (int t = m->tileset_count - 1; gid && t >= 0; t--) {
        const lvl_tileset *ts = &m->tilesets[t];
        if (gid < ts->firstgid || gid - ts->firstgid >= (uint32_t)ts->count) continue;
        if (!sheet_base[t]) return 0;
        return (sheet_base[t] + (gid - ts->firstgid)) |
               (raw & (LVL_FLIP_H | LVL_FLIP_V | LVL_FLIP_D));
    }
    return 0;
}

static const lvl_tileset *tileset_of(const lvl_map *m, uint32_t raw)
{
    uint32_t gid = raw & LVL_GID_MASK;
    for (int t = m->tileset_count - 1; gid && t >= 0; t--)
        if (gid >= m->tilesets[t].firstgid) return &m->tilesets[t];
    return NULL;
}

/* Draws one tile layer (or the tile pictures above `above` layers, layer -1 - above)
 * for the view at vx, vy. */
static void draw_view(ren_context *ren, const lvl_map *m, int layer, int vx, int vy)
{
    if (layer >= 0) {
        int ox = m->looks ? m->looks[layer].offset_x : 0,
            oy = m->looks ? m->looks[layer].offset_y : 0;
        for (int y = 0; y < m->height; y++)
            for (int x = 0; x < m->width; x++) {
                uint32_t raw = m->layers[layer][y * m->width + x];
                const lvl_tileset *ts = tileset_of(m, raw);
                uint32_t s = sprite_of(m, raw);
                if (!s || !ts) continue;
                int px = x * LVL_TILE + ts->draw_dx + ox - vx,
                    py = y * LVL_TILE + ts->draw_dy + oy - vy;
                if (px > -1100 && py > -1100 && px < REN_LOGICAL_W && py < REN_LOGICAL_H)
                    ren_draw_tile(ren, s, px, py);
            }
        return;
    }
    int above = -1 - layer;
    for (int i = 0; i < m->picture_count; i++) {
        const lvl_picture *p = &m->pictures[i];
        if (p->above != above || !p->gid) continue;
        uint32_t s = sprite_of(m, p->gid);
        if (s) ren_draw_tile(ren, s, p->x - vx, p->y - vy);
    }
}

/* Blends a layer drawn on black (b) and on white (w) into out at ox, oy with the
 * layer's opacity and tint: coverage a = 1 - (w - b), colour = b / a. */
static void blend(SDL_Surface *out, SDL_Surface *b, SDL_Surface *w, int ox, int oy, float opacity,
                  const uint8_t tint[4])
{
    for (int y = 0; y < REN_LOGICAL_H && oy + y < out->h; y++) {
        const Uint32 *rb = (const Uint32 *)((const Uint8 *)b->pixels + y * b->pitch);
        const Uint32 *rw = (const Uint32 *)((const Uint8 *)w->pixels + y * w->pitch);
        Uint32 *ro = (Uint32 *)((Uint8 *)out->pixels + (oy + y) * out->pitch);
        for (int x = 0; x < REN_LOGICAL_W && ox + x < out->w; x++) {
            double cov = 1.0 - (((rw[x] >> 8) & 255) - ((rb[x] >> 8) & 255)) / 255.0;
            if (cov <= 0.0) continue;
            double a = cov * opacity * tint[3] / 255.0;
            Uint32 d = ro[ox + x], r = 0;
            for (int k = 0; k < 3; k++) {
                int shift = 16 - 8 * k;
                double src = ((rb[x] >> shift) & 255) / cov * tint[k] / 255.0;
                double dst = (d >> shift) & 255;
                double v = src * a + dst * (1 - a);
                r |= (Uint32)(v < 0 ? 0 : v > 255 ? 255 : v + 0.5) << shift;
            }
            ro[ox + x] = 0xff000000u | r;
        }
    }
}

static void draw_pass(ren_context *ren, const lvl_map *m, SDL_Surface *out, int layer,
                      float opacity, const uint8_t tint[4])
{
    for (int vy = 0; vy < out->h; vy += REN_LOGICAL_H)
        for (int vx = 0; vx < out->w; vx += REN_LOGICAL_W) {
            ren_begin(ren, (ren_color){0, 0, 0, 255});
            draw_view(ren, m, layer, vx, vy);
            SDL_Surface *b = ren_capture(ren);
            ren_begin(ren, (ren_color){255, 255, 255, 255});
            draw_view(ren, m, layer, vx, vy);
            SDL_Surface *w = ren_capture(ren);
            if (b && w) blend(out, b, w, vx, vy, opacity, tint);
            SDL_FreeSurface(b);
            SDL_FreeSurface(w);
        }
}

/* Image layers: the engine does not draw them yet; nearest-neighbour here. */
static void draw_image(SDL_Surface *out, const lvl_picture *p)
{
    SDL_Surface *raw = IMG_Load(p->image);
    SDL_Surface *img = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
    SDL_FreeSurface(raw);
    if (!img) return;
    int w = (int)(img->w * p->scale + 0.5f), h = (int)(img->h * p->scale + 0.5f);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            int dx = p->x + x, dy = p->y + y;
            if (dx < 0 || dy < 0 || dx >= out->w || dy >= out->h) continue;
            Uint32 s = ((Uint32 *)((Uint8 *)img->pixels +
                                   (int)(y / p->scale) * img->pitch))[(int)(x / p->scale)];
            if (p->has_transparent && (s & 0xffffffu) == p->transparent) continue;
            double a = (s >> 24) / 255.0 * p->opacity * p->tint[3] / 255.0;
            Uint32 *d = (Uint32 *)((Uint8 *)out->pixels + dy * out->pitch) + dx, r = 0;
            for (int k = 0; k < 3; k++) {
                int shift = 16 - 8 * k;
                double v =
                    ((s >> shift) & 255) * p->tint[k] / 255.0 * a + ((*d >> shift) & 255) * (1 - a);
                r |= (Uint32)(v + 0.5) << shift;
            }
            *d = 0xff000000u | r;
        }
    SDL_FreeSurface(img);
}

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: sq-tiled-render MAP OUT.png [DATA_ROOT]\n");
        return 2;
    }
    scr_env env = {argc == 4 ? argv[3] : SQ_SOURCE_DIR, scr_default_limits(), NULL, 1, NULL, 0};
    lvl_def def;
    char err[1024];
    scr_level *lv = scr_level_load(argv[1], &env, &def, err, sizeof err);
    if (!lv) {
        fprintf(stderr, "sq-tiled-render: %s\n", err);
        return 1;
    }
    if (SDL_Init(0) != 0) return 1;
    ren_context *ren = ren_create_headless();
    const lvl_map *m = &def.map;
    sheet_base = calloc((size_t)m->tileset_count + 1, sizeof *sheet_base);
    for (int t = 0; ren && sheet_base && t < m->tileset_count; t++) {
        const lvl_tileset *ts = &m->tilesets[t];
        if (!ts->image) continue;
        ren_sheet sh = {ts->image,   ts->tile_w,      ts->tile_h,         ts->margin,
                        ts->spacing, ts->count,       ts->columns,        ts->draw_w,
                        ts->draw_h,  ts->transparent, ts->has_transparent};
        sheet_base[t] = ren_add_sheet_scaled(ren, &sh);
    }
    SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, m->width * LVL_TILE, m->height * LVL_TILE,
                                                      32, SDL_PIXELFORMAT_ARGB8888);
    int status = 1;
    if (ren && out && sheet_base) {
        const uint8_t *bg = m->background;
        SDL_FillRect(out, NULL,
                     bg[3] ? SDL_MapRGB(out->format, bg[0], bg[1], bg[2])
                           : SDL_MapRGB(out->format, 24, 24, 32));
        static const uint8_t plain[4] = {255, 255, 255, 255};
        for (int layer = 0; layer <= m->layer_count; layer++) {
            for (int i = 0; i < m->picture_count; i++)
                if (m->pictures[i].above == layer && m->pictures[i].image)
                    draw_image(out, &m->pictures[i]);
            draw_pass(ren, m, out, -1 - layer, 1.0f, plain); /* tile objects at this depth */
            if (layer == m->layer_count) break;
            const lvl_layer_look *look = m->looks ? &m->looks[layer] : NULL;
            draw_pass(ren, m, out, layer, look ? look->opacity : 1.0f, look ? look->tint : plain);
        }
        status = ren_save_png(out, argv[2]) ? 0 : 1;
    }
    SDL_FreeSurface(out);
    free(sheet_base);
    ren_destroy(ren);
    scr_level_destroy(lv);
    lvl_free(&def);
    SDL_Quit();
    return status;
}
