/* game_map: the level's map as Tiled draws it, under the level's people and things.
 * Each tile layer with its offset, parallax, opacity and tint; tiles larger than the
 * grid anchored at the bottom-left of their cell (plus the tileset's offset); animated
 * tiles on the game's clock (held on their first frame with reduced motion); image
 * layers and tile objects without a class (pictures) and text objects (labels), each
 * at its depth among the tile layers. Maps drawn with characters take the same path
 * with plain layers. Binding makes the renderer's sprites; drawing never changes the
 * game. */
#include "game_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAP_MAX_TEXT_LINES 64

void game_map_art_free(game_map_art *a)
{
    for (int t = 0; a->names && t < a->tilesets; t++) free(a->names[t]);
    free(a->names);
    free(a->base);
    free(a->images);
    free(a->image_w);
    free(a->image_h);
    memset(a, 0, sizeof *a);
}

/* Which tile of an animated tile shows ms into the game (Tiled's frames loop). */
static uint32_t map_frame(const lvl_tileset *ts, uint32_t local, uint64_t ms)
{
    for (int i = 0; i < ts->anim_count; i++) {
        const lvl_tile_anim *an = &ts->anims[i];
        if ((uint32_t)an->tile != local || an->frame_count <= 0) continue;
        uint64_t total = 0;
        for (int f = 0; f < an->frame_count; f++)
            total += an->frames[f].ms > 0 ? (uint64_t)an->frames[f].ms : 0;
        uint64_t t = total ? ms % total : 0;
        for (int f = 0; f < an->frame_count; f++) {
            uint64_t d = an->frames[f].ms > 0 ? (uint64_t)an->frames[f].ms : 0;
            if (t < d || !total) {
                int tile = an->frames[f].tile;
                return tile >= 0 && tile < ts->count ? (uint32_t)tile : local;
            }
            t -= d;
        }
        return local;
    }
    return local;
}

/* The sprite of a tile reference (flips kept) at ms, and its tileset; 0 for none. */
static uint32_t map_sprite(const game_map_art *a, const lvl_map *m, uint32_t raw, uint64_t ms,
                           const lvl_tileset **set)
{
    uint32_t gid = raw & LVL_GID_MASK;
    if (!gid || !a->base || !a->names) return 0;
    for (int t = m->tileset_count - 1; t >= 0 && t < a->tilesets; t--) {
        const lvl_tileset *ts = &m->tilesets[t];
        if (gid < ts->firstgid) continue;
        uint32_t local = gid - ts->firstgid;
        if (local >= (uint32_t)ts->count) return 0;
        if (ts->anim_count) local = map_frame(ts, local, ms);
        uint32_t s = a->names[t] ? a->names[t][local] : a->base[t] ? a->base[t] + local : 0;
        if (!s) return 0;
        *set = ts;
        return s | (raw & (LVL_FLIP_H | LVL_FLIP_V | LVL_FLIP_D));
    }
    return 0;
}

void game_level_bind_tiles(game *g)
{
    game_level *lv = &g->level;
    game_map_art *a = &lv->art;
    game_map_art_free(a);
    const lvl_map *m = &lv->def.map;
    if (!lv->world) return;
    if (g->cfg.ren) ren_clear_sheets(g->cfg.ren);
    size_t sets = (size_t)m->tileset_count + 1, pics = (size_t)m->picture_count + 1;
    a->base = calloc(sets, sizeof *a->base);
    a->names = calloc(sets, sizeof *a->names);
    a->images = calloc(pics, sizeof *a->images);
    a->image_w = calloc(pics, sizeof *a->image_w);
    a->image_h = calloc(pics, sizeof *a->image_h);
    if (!a->base || !a->names || !a->images || !a->image_w || !a->image_h) {
        game_map_art_free(a);
        return;
    }
    a->tilesets = m->tileset_count;
    a->pictures = m->picture_count;
    for (int t = 0; t < m->tileset_count; t++) {
        const lvl_tileset *ts = &m->tilesets[t];
        if (ts->names) {
            a->names[t] = calloc((size_t)ts->count, sizeof **a->names);
            for (int i = 0; a->names[t] && i < ts->count; i++)
                a->names[t][i] = game_sprite(g, ts->names[i]);
        } else if (ts->image && g->cfg.ren) {
            /* Any tile size: cut as Tiled describes it, scaled to the 16 px grid. */
            ren_sheet sh = {ts->image,   ts->tile_w, ts->tile_h, ts->margin,      ts->spacing,
                            ts->count,   ts->columns, ts->draw_w, ts->draw_h, ts->transparent,
                            ts->has_transparent};
            a->base[t] = ren_add_sheet_scaled(g->cfg.ren, &sh);
        }
        /* How far a tile's picture may lie from its cell: the view draws that much more. */
        int dw = ts->draw_w > 0 ? ts->draw_w : LVL_TILE, dh = ts->draw_h > 0 ? ts->draw_h : LVL_TILE;
        int reach = (abs(ts->draw_dx) + abs(ts->draw_dy) + (dw > dh ? dw : dh)) / LVL_TILE + 1;
        if (reach > a->reach) a->reach = reach > 64 ? 64 : reach;
    }
    for (int i = 0; i < m->picture_count && g->cfg.ren; i++) {
        const lvl_picture *p = &m->pictures[i];
        if (p->image)
            a->images[i] = ren_add_image_scaled(g->cfg.ren, p->image, p->scale, p->transparent,
                                                p->has_transparent, &a->image_w[i], &a->image_h[i]);
    }
    /* The world keeps each cell's first frame (what a tile is, for anything that asks). */
    for (int layer = 0; layer < m->layer_count && layer < WLD_LAYERS; layer++)
        for (int y = 0; y < m->height; y++)
            for (int x = 0; x < m->width; x++) {
                const lvl_tileset *ts = NULL;
                uint32_t s = map_sprite(a, m, m->layers[layer][y * m->width + x], 0, &ts);
                wld_map_set(lv->world, x, y, layer, s);
            }
}

static ren_color map_mod(const uint8_t tint[4], float opacity)
{
    float o = opacity < 0 ? 0 : opacity > 1 ? 1 : opacity;
    return (ren_color){tint[0], tint[1], tint[2], (uint8_t)lroundf(tint[3] * o)};
}

/* Where a layer's origin is on screen: it scrolls by its parallax factor. */
static int map_scroll(int cam, float parallax)
{
    return (int)lroundf((float)cam * parallax);
}

static void map_draw_layer(const game *g, game_painter *p, int layer, int cam_x, int cam_y,
                           uint64_t ms)
{
    const lvl_map *m = &g->level.def.map;
    const game_map_art *a = &g->level.art;
    static const uint8_t plain[4] = {255, 255, 255, 255};
    const lvl_layer_look *look = m->looks ? &m->looks[layer] : NULL;
    ren_color mod = look ? map_mod(look->tint, look->opacity) : map_mod(plain, 1);
    if (mod.a == 0) return;
    int ox = look ? look->offset_x - map_scroll(cam_x, look->parallax_x) : -cam_x;
    int oy = look ? look->offset_y - map_scroll(cam_y, look->parallax_y) : -cam_y;
    /* The cells in view, and those whose larger tiles reach into it. */
    int r = a->reach > 0 ? a->reach : 1;
    int tx0 = (int)floorf(-ox / (float)WLD_TILE) - r, ty0 = (int)floorf(-oy / (float)WLD_TILE) - r;
    int tx1 = tx0 + REN_LOGICAL_W / WLD_TILE + 2 * r + 1, ty1 = ty0 + REN_LOGICAL_H / WLD_TILE + 2 * r + 1;
    if (tx0 < 0) tx0 = 0;
    if (ty0 < 0) ty0 = 0;
    if (tx1 >= m->width) tx1 = m->width - 1;
    if (ty1 >= m->height) ty1 = m->height - 1;
    for (int ty = ty0; ty <= ty1; ty++)
        for (int tx = tx0; tx <= tx1; tx++) {
            const lvl_tileset *ts = NULL;
            uint32_t s = map_sprite(a, m, m->layers[layer][ty * m->width + tx], ms, &ts);
            if (!s) continue;
            ren_rect at = {tx * WLD_TILE + ts->draw_dx + ox, ty * WLD_TILE + ts->draw_dy + oy, 0, 0};
            ren_draw_tile_in(p->ren, s, at, mod);
        }
}

static void map_draw_pictures(const game *g, game_painter *p, int above, int cam_x, int cam_y,
                              uint64_t ms)
{
    const lvl_map *m = &g->level.def.map;
    const game_map_art *a = &g->level.art;
    for (int i = 0; i < m->picture_count && i < a->pictures; i++) {
        const lvl_picture *pic = &m->pictures[i];
        if (pic->above != above) continue;
        ren_color mod = map_mod(pic->tint, pic->opacity);
        if (mod.a == 0) continue;
        int x = pic->x - map_scroll(cam_x, pic->parallax_x),
            y = pic->y - map_scroll(cam_y, pic->parallax_y);
        if (pic->gid) {
            const lvl_tileset *ts = NULL;
            uint32_t s = map_sprite(a, m, pic->gid, ms, &ts);
            if (s) ren_draw_tile_in(p->ren, s, (ren_rect){x, y, pic->w, pic->h}, mod);
            continue;
        }
        int w = a->image_w[i], h = a->image_h[i];
        if (!a->images[i] || w <= 0 || h <= 0) continue;
        /* A repeated image fills the view along its axis, from a copy left of it. */
        int x0 = x, y0 = y, x1 = x, y1 = y;
        if (pic->repeat_x) {
            x0 = ((x % w) + w) % w - w;
            x1 = REN_LOGICAL_W;
        }
        if (pic->repeat_y) {
            y0 = ((y % h) + h) % h - h;
            y1 = REN_LOGICAL_H;
        }
        for (int yy = y0; yy <= y1; yy += h)
            for (int xx = x0; xx <= x1; xx += w)
                ren_draw_tile_in(p->ren, a->images[i], (ren_rect){xx, yy, 0, 0}, mod);
    }
}

static bool map_is_mono(const char *family)
{
    static const char *const mono[] = {"mono", "courier", "consol", "code", "fixed"};
    char low[64];
    size_t n = 0;
    for (; family && family[n] && n + 1 < sizeof low; n++)
        low[n] = (char)tolower((unsigned char)family[n]);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof mono / sizeof mono[0]; i++)
        if (strstr(low, mono[i])) return true;
    return false;
}

/* A text object: the game's own fonts (monospaced when Tiled's family is, the title
 * font from 24 world pixels), its colour, its box's alignment, wrapped in the box when
 * Tiled wraps it, bold drawn twice a pixel apart, underline and strike-out as lines. */
static void map_draw_text(game_painter *p, const lvl_text *t, int x, int y)
{
    txt_font *f = p->font;
    if (map_is_mono(t->font_family) && p->font_mono) f = p->font_mono;
    else if (t->size >= 24 && p->font_big) f = p->font_big;
    if (!f || !t->text || !t->text[0] || t->color[3] == 0) return;
    ren_color c = {t->color[0], t->color[1], t->color[2], t->color[3]};
    txt_line lines[MAP_MAX_TEXT_LINES];
    int n = txt_wrap_font(f, t->text, t->wrap && t->w > 0 ? t->w : 1 << 20, lines, MAP_MAX_TEXT_LINES);
    if (n > MAP_MAX_TEXT_LINES) n = MAP_MAX_TEXT_LINES;
    int lh = txt_line_height(f), total = n * lh;
    int top = t->valign == LVL_VALIGN_CENTER   ? y + (t->h - total) / 2
              : t->valign == LVL_VALIGN_BOTTOM ? y + t->h - total
                                               : y;
    for (int i = 0; i < n; i++) {
        const char *s = t->text + lines[i].start;
        int lw = txt_measure(f, s, lines[i].len), ly = top + i * lh;
        int lx = t->halign == LVL_HALIGN_CENTER  ? x + (t->w - lw) / 2
                 : t->halign == LVL_HALIGN_RIGHT ? x + t->w - lw
                                                 : x;
        if (ly > REN_LOGICAL_H || ly + lh < 0) continue;
        txt_draw(f, lx, ly, s, lines[i].len, c);
        if (t->bold) txt_draw(f, lx + 1, ly, s, lines[i].len, c);
        if (t->underline) ren_fill_rect(p->ren, (ren_rect){lx, ly + lh - 2, lw, 1}, c);
        if (t->strikeout) ren_fill_rect(p->ren, (ren_rect){lx, ly + lh / 2, lw, 1}, c);
    }
}

void game_map_draw(const game *g, game_painter *p, int cam_x, int cam_y)
{
    const lvl_map *m = &g->level.def.map;
    uint64_t ms = g->settings.reduced_motion ? 0 : g->ticks * 1000 / 60;
    for (int layer = 0; layer <= m->layer_count; layer++) {
        /* What Tiled has between the tile layers below and this one. */
        map_draw_pictures(g, p, layer, cam_x, cam_y, ms);
        for (int i = 0; i < m->text_count; i++) {
            const lvl_text *t = &m->texts[i];
            if (t->above != layer) continue;
            int x = t->x - cam_x, y = t->y - cam_y;
            if (x > REN_LOGICAL_W || y > REN_LOGICAL_H || x + t->w < -REN_LOGICAL_W ||
                y + t->h < -REN_LOGICAL_H)
                continue;
            map_draw_text(p, t, x, y);
        }
        if (layer < m->layer_count && layer < LVL_MAX_LAYERS) map_draw_layer(g, p, layer, cam_x, cam_y, ms);
    }
}

/* A map the cached path draws exactly as game_map_draw would: every tile at its
 * cell, one grid size, nothing that moves or blends, no pictures or text, and
 * the game's own background. */
bool game_map_plain(const game *g)
{
    const lvl_map *m = &g->level.def.map;
    if (m->text_count || m->picture_count || m->background[3] || m->layer_count > WLD_LAYERS) return false;
    for (int i = 0; m->looks && i < m->layer_count; i++) {
        const lvl_layer_look *l = &m->looks[i];
        if (l->opacity < 1.0f || l->offset_x || l->offset_y || l->parallax_x != 1.0f || l->parallax_y != 1.0f ||
            l->tint[0] != 255 || l->tint[1] != 255 || l->tint[2] != 255 || l->tint[3] != 255)
            return false;
    }
    for (int t = 0; t < m->tileset_count; t++) {
        const lvl_tileset *ts = &m->tilesets[t];
        if (ts->anim_count || ts->draw_dx || ts->draw_dy || (ts->draw_w && ts->draw_w != LVL_TILE) ||
            (ts->draw_h && ts->draw_h != LVL_TILE))
            return false;
    }
    return true;
}
