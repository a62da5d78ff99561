/* world_camera: what is on screen. Culling goes through the broad-phase grid,
 * so drawing cost follows what is visible, not how many entities exist. */
#include "world_internal.h"

#include <stdlib.h>

static int wld_draw_order(const void *pa, const void *pb)
{
    const wld_draw_item *a = pa, *b = pb;
    if (a->depth != b->depth) return a->depth < b->depth ? -1 : 1;
    return a->order < b->order ? -1 : (a->order > b->order);
}

void wld_interpolated(const world *w, wld_handle h, float alpha, float *x, float *y)
{
    uint32_t i;
    if (!wld_slot_of(w, h, &i)) {
        *x = *y = 0.0f;
        return;
    }
    *x = ((float)w->prev_x[i] + (float)(w->x[i] - w->prev_x[i]) * alpha) / WLD_SUBPX;
    *y = ((float)w->prev_y[i] + (float)(w->y[i] - w->prev_y[i]) * alpha) / WLD_SUBPX;
}

int wld_collect_visible(world *w, float view_x, float view_y, int view_w, int view_h,
                        float alpha, wld_draw_item *out, int max_items)
{
    /* Entities spawned or moved since the last step are not filed yet. */
    if (w->grid_dirty) wld_grid_rebuild(w);
    /* Sprites may hang outside their collider and an entity is filed under its
     * top-left cell: widen the search so nothing at the edge pops. */
    const int margin = WLD_CELL * 2, cell = 1 << w->cell_shift;
    int cx0 = wld_floor_div((int)view_x - margin, cell);
    int cy0 = wld_floor_div((int)view_y - margin, cell);
    int cx1 = wld_floor_div((int)view_x + view_w + margin, cell);
    int cy1 = wld_floor_div((int)view_y + view_h + margin, cell);
    if (cx0 < 0) cx0 = 0;
    if (cy0 < 0) cy0 = 0;
    if (cx1 >= w->grid_w) cx1 = w->grid_w - 1;
    if (cy1 >= w->grid_h) cy1 = w->grid_h - 1;
    int n = 0;
    /* Entities outside the map are filed under the edge cells, so those are
     * included whenever the view touches them: nothing is missed. Each row of
     * cells in view is one run of the sorted entities. */
    for (int cy = cy0; cy <= cy1 && cx0 <= cx1; cy++) {
        uint32_t first = (uint32_t)(cy * w->grid_w + cx0), last = (uint32_t)(cy * w->grid_w + cx1);
        for (uint32_t k = wld_grid_lower_bound(w, first);
             k < w->grid_count && w->grid_keys[k] <= last && n < max_items; k++) {
            uint32_t i = w->grid_items[k];
            if (w->state[i] != WLD_SLOT_LIVE || (w->flags[i] & WLD_F_HIDDEN)) continue;
            float x = ((float)w->prev_x[i] + (float)(w->x[i] - w->prev_x[i]) * alpha) / WLD_SUBPX;
            float y = ((float)w->prev_y[i] + (float)(w->y[i] - w->prev_y[i]) * alpha) / WLD_SUBPX;
            float sx = x + w->sprite_dx[i], sy = y + w->sprite_dy[i];
            if (sx + 64 < view_x || sy + 64 < view_y || sx > view_x + view_w ||
                sy > view_y + view_h)
                continue;
            wld_draw_item *it = &out[n++];
            it->x = sx;
            it->y = sy;
            it->sprite = (uint16_t)(w->sprite[i] + (w->anim_phase[i] / w->rate[i]) % w->frames[i]);
            it->kind = w->kind[i];
            it->tint = w->touching[i];
            it->depth = y + w->h[i];
            it->order = i;
        }
    }
    qsort(out, (size_t)n, sizeof *out, wld_draw_order);
    return n;
}

static float wld_camera_axis(float centre, int view, int map_px)
{
    if (map_px <= view) return -(float)(view - map_px) / 2.0f;
    float left = centre - (float)view / 2.0f;
    if (left < 0) left = 0;
    if (left > (float)(map_px - view)) left = (float)(map_px - view);
    return left;
}

void wld_camera(const world *w, float cx, float cy, int view_w, int view_h, float *left,
                float *top)
{
    *left = wld_camera_axis(cx, view_w, w->map_w * WLD_TILE);
    *top = wld_camera_axis(cy, view_h, w->map_h * WLD_TILE);
}
