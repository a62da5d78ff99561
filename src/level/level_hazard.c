/* level_hazard: a level's hazards against the way through it. A bug that
 * patrols a one-tile passage on the only way to the exit turns a fair hazard
 * into a game of luck: the checker warns (a warning, not a problem: an
 * author may mean it, with room to wait beside it). */
#include "level_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int lh_tile(int px)
{
    return px < 0 ? -1 : px / LVL_TILE;
}

/* Outside the map counts as wall. */
static bool lh_solid(const lvl_def *def, int x, int y)
{
    return x < 0 || y < 0 || x >= def->map.width || y >= def->map.height ||
           def->map.solid[y * def->map.width + x];
}

static bool lh_gate_open(const lvl_object *gate, char **held, int held_count)
{
    const char *req = lvl_prop_string(gate, "requires", "");
    for (const char *p = req; *p;) {
        p += strspn(p, ", ");
        size_t n = strcspn(p, ", ");
        if (!n) break;
        bool found = false;
        for (int i = 0; i < held_count && !found; i++)
            found = strlen(held[i]) == n && strncmp(held[i], p, n) == 0;
        if (!found) return false;
        p += n;
    }
    return true;
}

/* Can the exit be reached from the start with `avoid` (a cell index, -1 none) walled off? */
static bool lh_exit_reachable(const lvl_def *def, const uint8_t *blocked, int start, int avoid,
                              const lvl_object *exit, uint8_t *seen, int *queue)
{
    int w = def->map.width, h = def->map.height;
    memset(seen, 0, (size_t)w * (size_t)h);
    int head = 0, tail = 0;
    seen[start] = 1;
    queue[tail++] = start;
    while (head < tail) {
        int c = queue[head++], cx = c % w, cy = c / w;
        static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        for (int k = 0; k < 4; k++) {
            int x = cx + dx[k], y = cy + dy[k];
            if (x < 0 || y < 0 || x >= w || y >= h) continue;
            int n = y * w + x;
            if (seen[n] || blocked[n] || def->map.solid[n] || n == avoid) continue;
            seen[n] = 1;
            queue[tail++] = n;
        }
    }
    int ex = lh_tile(exit->x), ey = lh_tile(exit->y);
    static const int dx[5] = {0, 1, -1, 0, 0}, dy[5] = {0, 0, 0, 1, -1};
    for (int k = 0; k < 5; k++) {
        int x = ex + dx[k], y = ey + dy[k];
        if (x >= 0 && y >= 0 && x < w && y < h && seen[y * w + x]) return true;
    }
    return false;
}

void lvl_check_hazards(const lvl_def *def, const lvl_check_env *env, char **held, int held_count)
{
    const lvl_object *start = lvl_object_find(def, "start", NULL);
    const lvl_object *exit = lvl_object_find(def, "exit", NULL);
    int w = def->map.width, h = def->map.height;
    if (!start || !exit || !env->warn || w <= 0 || h <= 0) return;
    int sx = lh_tile(start->x), sy = lh_tile(start->y);
    if (sx < 0 || sy < 0 || sx >= w || sy >= h) return;
    uint8_t *blocked = calloc((size_t)w * (size_t)h, 1), *seen = malloc((size_t)w * (size_t)h);
    int *queue = malloc(sizeof *queue * (size_t)w * (size_t)h);
    if (!blocked || !seen || !queue) goto done;
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        int tx = lh_tile(o->x), ty = lh_tile(o->y);
        if (strcmp(o->type, "gate") == 0 && tx >= 0 && ty >= 0 && tx < w && ty < h)
            blocked[ty * w + tx] = !lh_gate_open(o, held, held_count);
    }
    if (!lh_exit_reachable(def, blocked, sy * w + sx, -1, exit, seen, queue)) goto done;
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        if (strcmp(o->type, "bug") != 0) continue;
        int bx = lh_tile(o->x), by = lh_tile(o->y);
        if (bx < 0 || by < 0 || bx >= w || by >= h) continue;
        const char *dir = lvl_prop_string(o, "dir", "h");
        bool vertical = strcmp(dir, "v") == 0 || strcmp(dir, "vertical") == 0;
        int step_x = vertical ? 0 : 1, step_y = vertical ? 1 : 0;
        /* The patrol: from the bug's tile to the walls either way. */
        int from = 0, to = 0;
        while (!lh_solid(def, bx - (from + 1) * step_x, by - (from + 1) * step_y)) from++;
        while (!lh_solid(def, bx + (to + 1) * step_x, by + (to + 1) * step_y)) to++;
        for (int k = -from; k <= to; k++) {
            int cx = bx + k * step_x, cy = by + k * step_y, cell = cy * w + cx;
            if (cell == sy * w + sx || blocked[cell]) continue;
            if (lh_exit_reachable(def, blocked, sy * w + sx, cell, exit, seen, queue)) continue;
            char msg[300];
            snprintf(msg, sizeof msg,
                     "warning: this bug patrols a one-tile passage (column %d, row %d) that every "
                     "way to the exit takes: the player can only pass by luck; widen the passage "
                     "or move the patrol",
                     cx + 1, cy + 1);
            env->warn(env->user, o->line, msg);
            break;
        }
    }
done:
    free(blocked);
    free(seen);
    free(queue);
}
