/* game_path: the path-finding the level tests' walk_to uses: breadth first
 * over walkable tiles, around people and terminals when there is a way. */
#include "game_internal.h"

#include <stdlib.h>
#include <string.h>

/* What blocks a path besides the walls: every solid entity, every one but
 * gates (which open as the player comes near, holding what they need), or
 * nothing. */
typedef enum { PATH_AVOID_SOLIDS, PATH_THROUGH_GATES, PATH_THROUGH_ALL } game_path_mode;

/* Distances to the goal tile over walkable tiles (breadth first, from the
 * goal outwards). Solid entities block like walls as the mode says, except
 * the entity at the goal itself. */
static void game_distances(const game_level *lv, int w, int h, int gx, int gy, game_path_mode mode,
                           int *dist, int *queue)
{
    for (int i = 0; i < w * h; i++) dist[i] = -1;
    for (int i = 0; mode != PATH_THROUGH_ALL && i < lv->entity_cap; i++) {
        const game_entity *e = &lv->entities[i];
        if (!e->used || e->is_player || !wld_alive(lv->world, e->handle)) continue;
        if (!(wld_flags(lv->world, e->handle) & WLD_F_SOLID)) continue;
        if (mode == PATH_THROUGH_GATES && strcmp(e->type, "gate") == 0) continue;
        int32_t ex, ey;
        int ew, eh;
        wld_position(lv->world, e->handle, &ex, &ey);
        wld_size(lv->world, e->handle, &ew, &eh);
        int tx = (int)((float)ex / WLD_SUBPX + ew / 2.0f) / WLD_TILE;
        int ty = (int)((float)ey / WLD_SUBPX + eh / 2.0f) / WLD_TILE;
        if ((tx != gx || ty != gy) && tx >= 0 && ty >= 0 && tx < w && ty < h) dist[ty * w + tx] = -2;
    }
    int head = 0, tail = 0;
    dist[gy * w + gx] = 0;
    queue[tail++] = gy * w + gx;
    static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
    while (head < tail) {
        int c = queue[head++], x = c % w, y = c / w;
        for (int k = 0; k < 4; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (nx < 0 || ny < 0 || nx >= w || ny >= h || dist[ny * w + nx] != -1) continue;
            if (wld_map_solid(lv->world, nx, ny)) continue;
            dist[ny * w + nx] = dist[c] + 1;
            queue[tail++] = ny * w + nx;
        }
    }
}

/* The player steps toward the neighbour tile nearest the goal. Solid
 * entities are walked around when there is a way around them; when there
 * is none, through gates (they open as the player comes near, holding what
 * they need), and only then through anything. */
uint32_t game_path_step(const game *g, float tx, float ty, bool *reachable)
{
    *reachable = false;
    const game_level *lv = &g->level;
    float px, py;
    if (!lv->world || !game_player_position(g, &px, &py)) return 0;
    int w = wld_map_width(lv->world), h = wld_map_height(lv->world);
    int pw, ph;
    wld_size(lv->world, lv->entities[lv->player_id - 1].handle, &pw, &ph);
    float cx = px + pw / 2.0f, cy = py + ph / 2.0f;
    int gx = (int)(tx / WLD_TILE), gy = (int)(ty / WLD_TILE);
    int sx = (int)(cx / WLD_TILE), sy = (int)(cy / WLD_TILE);
    if (gx < 0 || gy < 0 || gx >= w || gy >= h || sx < 0 || sy < 0 || sx >= w || sy >= h) return 0;
    int *dist = malloc(sizeof *dist * (size_t)w * (size_t)h);
    int *queue = malloc(sizeof *queue * (size_t)w * (size_t)h);
    if (!dist || !queue) {
        free(dist), free(queue);
        return 0;
    }
    game_distances(lv, w, h, gx, gy, PATH_AVOID_SOLIDS, dist, queue);
    if (dist[sy * w + sx] < 0) game_distances(lv, w, h, gx, gy, PATH_THROUGH_GATES, dist, queue);
    if (dist[sy * w + sx] < 0) game_distances(lv, w, h, gx, gy, PATH_THROUGH_ALL, dist, queue);
    static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
    int here = dist[sy * w + sx];
    uint32_t step = 0;
    if (here >= 0) {
        *reachable = true;
        if (here == 0) {
            /* In the goal tile: close in on the point itself. */
            if (tx > cx + 2) step |= IN_BIT(IN_RIGHT);
            if (tx < cx - 2) step |= IN_BIT(IN_LEFT);
            if (ty > cy + 2) step |= IN_BIT(IN_DOWN);
            if (ty < cy - 2) step |= IN_BIT(IN_UP);
        } else {
            /* Toward the best neighbour; first line up with the tile centre on
             * the other axis so the collider fits through one-tile gaps. */
            int best = -1;
            for (int k = 0; k < 4; k++) {
                int nx = sx + dx[k], ny = sy + dy[k];
                if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                int d = dist[ny * w + nx];
                if (d >= 0 && d < here && (best < 0 || d < dist[(sy + dy[best]) * w + sx + dx[best]]))
                    best = k;
            }
            if (best >= 0) {
                float mid_x = sx * WLD_TILE + WLD_TILE / 2.0f, mid_y = sy * WLD_TILE + WLD_TILE / 2.0f;
                if (dx[best] != 0) {
                    if (cy < mid_y - 1.5f) step |= IN_BIT(IN_DOWN);
                    else if (cy > mid_y + 1.5f) step |= IN_BIT(IN_UP);
                    else step |= IN_BIT(dx[best] > 0 ? IN_RIGHT : IN_LEFT);
                } else {
                    if (cx < mid_x - 1.5f) step |= IN_BIT(IN_RIGHT);
                    else if (cx > mid_x + 1.5f) step |= IN_BIT(IN_LEFT);
                    else step |= IN_BIT(dy[best] > 0 ? IN_DOWN : IN_UP);
                }
            }
        }
    }
    free(dist);
    free(queue);
    return step;
}
