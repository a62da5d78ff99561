/* world_map: the tile grid. Cells outside the map read as solid walls so
 * collision code never needs a bounds special case. */
#include "world_internal.h"
#include "log.h"

#include <stdlib.h>

bool wld_map_reset(world *w, int width, int height)
{
    if (width < 1 || height < 1 || width > WLD_MAX_MAP_SIDE || height > WLD_MAX_MAP_SIDE) {
        log_error("world: map size %dx%d is outside 1..%d tiles per side", width, height,
                  WLD_MAX_MAP_SIDE);
        return false;
    }
    wld_cell *cells = calloc((size_t)width * (size_t)height, sizeof *cells);
    if (!cells) {
        log_error("world: out of memory for a %dx%d map", width, height);
        return false;
    }
    free(w->cells);
    w->cells = cells;
    w->map_w = width;
    w->map_h = height;
    w->map_version++;
    if (!wld_grid_resize(w)) return false;
    w->grid_dirty = true;
    return true;
}

uint64_t wld_map_version(const world *w)
{
    return w->map_version;
}

int wld_map_width(const world *w)
{
    return w->map_w;
}

int wld_map_height(const world *w)
{
    return w->map_h;
}

static wld_cell *wld_cell_at(const world *w, int tx, int ty)
{
    if (tx < 0 || ty < 0 || tx >= w->map_w || ty >= w->map_h) return NULL;
    return &w->cells[(size_t)ty * (size_t)w->map_w + (size_t)tx];
}

void wld_map_set(world *w, int tx, int ty, int layer, uint32_t tile)
{
    wld_cell *c = wld_cell_at(w, tx, ty);
    if (c && layer >= 0 && layer < WLD_LAYERS && c->tile[layer] != tile) {
        c->tile[layer] = tile;
        w->map_version++;
    }
}

void wld_map_set_solid(world *w, int tx, int ty, bool solid)
{
    wld_cell *c = wld_cell_at(w, tx, ty);
    if (c) c->solid = solid;
}

uint32_t wld_map_tile(const world *w, int tx, int ty, int layer)
{
    const wld_cell *c = wld_cell_at(w, tx, ty);
    return c && layer >= 0 && layer < WLD_LAYERS ? c->tile[layer] : 0;
}

bool wld_map_solid(const world *w, int tx, int ty)
{
    const wld_cell *c = wld_cell_at(w, tx, ty);
    return c ? c->solid != 0 : true;
}

bool wld_map_rect_solid(const world *w, int x, int y, int width, int height)
{
    if (width <= 0 || height <= 0) return false;
    int tx0 = wld_floor_div(x, WLD_TILE), ty0 = wld_floor_div(y, WLD_TILE);
    int tx1 = wld_floor_div(x + width - 1, WLD_TILE), ty1 = wld_floor_div(y + height - 1, WLD_TILE);
    for (int ty = ty0; ty <= ty1; ty++)
        for (int tx = tx0; tx <= tx1; tx++)
            if (wld_map_solid(w, tx, ty)) return true;
    return false;
}
