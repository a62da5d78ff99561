/* game_guide: what keeps a player oriented and the hazards fair. The goal in
 * hand and its hint (the hint key opens the goal list with the hint of the
 * first goal not yet done, where "{where:Ken}" becomes the way from where
 * the player stands); checkpoints (the last door, gate or person passed);
 * a bug's bite (a knock-back, a blink, a line saying what happened, then
 * back to the checkpoint, never the start); and a start that never stands
 * the player inside a person or a desk. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GUIDE_CHECK_EVERY 8    /* ticks between looks for a checkpoint */
#define GUIDE_CHECK_REACH 20   /* pixels: near enough to have passed it */
#define GUIDE_KNOCK_TICKS 14   /* the knock-back, before the return */
#define GUIDE_KNOCK_SPEED 384  /* subpixels a tick: 1.5 px */
#define GUIDE_TOAST_TICKS 180

int game_current_goal(const game *g)
{
    const game_level *lv = &g->level;
    for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++)
        if (!lv->goal_done[i]) return i;
    return -1;
}

void game_toast(game *g, const char *text)
{
    snprintf(g->level.toast, sizeof g->level.toast, "%s", text);
    g->level.toast_ticks = GUIDE_TOAST_TICKS;
}

/* "about 6 steps up and to the left": from the player to something named. */
static void guide_where(const game *g, const char *name, char *out, size_t size)
{
    float px, py, tx, ty;
    if (!game_player_position(g, &px, &py) || !game_find(g, name, &tx, &ty)) {
        snprintf(out, size, "somewhere in this level");
        return;
    }
    px += 5, py += 4; /* the middle of the feet */
    float dx = tx - px, dy = ty - py;
    int steps = (int)((dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy)) / WLD_TILE;
    if (steps <= 1) {
        snprintf(out, size, "right next to you");
        return;
    }
    const char *v = dy < -WLD_TILE ? "up" : dy > WLD_TILE ? "down" : NULL;
    const char *h = dx < -WLD_TILE ? "left" : dx > WLD_TILE ? "right" : NULL;
    if (v && h)
        snprintf(out, size, "about %d steps %s and to the %s", steps, v, h);
    else
        snprintf(out, size, "about %d steps %s", steps, v ? v : h ? h : "away");
}

/* Expands {where:NAME} and the player's keys. */
static void guide_expand(const game *g, const char *text, char *out, size_t size)
{
    char where[GAME_PAGE_BYTES];
    size_t used = 0;
    for (const char *p = text; *p && used + 1 < sizeof where;) {
        if (!strncmp(p, "{where:", 7)) {
            const char *close = strchr(p + 7, '}');
            if (close && close - p - 7 < LVL_MAX_NAME) {
                char name[LVL_MAX_NAME + 1], words[96];
                memcpy(name, p + 7, (size_t)(close - p - 7));
                name[close - p - 7] = '\0';
                guide_where(g, name, words, sizeof words);
                int n = snprintf(where + used, sizeof where - used, "%s", words);
                used += n > 0 && (size_t)n < sizeof where - used ? (size_t)n : sizeof where - used - 1;
                p = close + 1;
                continue;
            }
        }
        where[used++] = *p++;
    }
    where[used] = '\0';
    game_expand_keys(g, where, out, size);
}

bool game_goal_hint(const game *g, char *out, size_t size)
{
    const game_level *lv = &g->level;
    int goal = game_current_goal(g);
    out[0] = '\0';
    if (goal >= 0 && lv->def.goals[goal].kind == LVL_GOAL_COLLECT &&
        game_skill_learning(g, lv->def.goals[goal].target)) {
        /* Taught, not yet used: the game knows the next step better than a hint. */
        char name[64];
        snprintf(out, size, "You are learning %s. Answer one of its questions right (a terminal, "
                 "or someone who asks) to hold it.",
                 game_skill_name(g, lv->def.goals[goal].target, name, sizeof name));
        return true;
    }
    const char *hint = NULL;
    if (goal >= 0 && lv->def.goals[goal].hint) {
        hint = lv->def.goals[goal].hint;
    } else if (lv->def.hint_count > 0) {
        /* A level whose hints belong to no goal: the one for how far the
         * player has come. */
        int done = goal < 0 ? lv->def.goal_count : goal;
        int k = lv->def.goal_count > 0 ? done * lv->def.hint_count / (lv->def.goal_count + 1) : 0;
        hint = lv->def.hints[k < lv->def.hint_count ? k : lv->def.hint_count - 1];
    }
    if (!hint) return false;
    guide_expand(g, hint, out, size);
    return true;
}

void game_show_hint(game *g)
{
    game_level *lv = &g->level;
    if (!lv->loaded) return;
    lv->goals_open = !lv->goals_open;
    if (lv->goals_open) lv->hints_shown++;
    game_sound(g, lv->goals_open ? "confirm" : "cancel");
}

/* --- checkpoints and bites --------------------------------------------------- */

static bool guide_is_checkpoint(const char *type)
{
    return !strcmp(type, "gate") || !strcmp(type, "door") || !strcmp(type, "mentor") ||
           !strcmp(type, "npc") || !strcmp(type, "portal") || !strcmp(type, "review") ||
           !strcmp(type, "sign") || !strcmp(type, "start");
}

void game_guide_tick(game *g)
{
    game_level *lv = &g->level;
    if (lv->toast_ticks > 0) lv->toast_ticks--;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (!p) return;
    if (lv->knock_ticks > 0) {
        if (--lv->knock_ticks == 0) {
            wld_set_position(lv->world, p->handle, lv->checkpoint_x, lv->checkpoint_y);
            wld_set_velocity(lv->world, p->handle, 0, 0);
        }
        return;
    }
    if (g->ticks % GUIDE_CHECK_EVERY) return;
    int32_t px, py;
    wld_position(lv->world, p->handle, &px, &py);
    const int32_t reach = GUIDE_CHECK_REACH * WLD_SUBPX;
    for (int i = 0; i < lv->entity_cap; i++) {
        const game_entity *e = &lv->entities[i];
        if (!e->used || e->is_player || !guide_is_checkpoint(e->type)) continue;
        if (!wld_alive(lv->world, e->handle)) continue;
        int32_t ex, ey;
        wld_position(lv->world, e->handle, &ex, &ey);
        if (abs(ex - px) > reach || abs(ey - py) > reach) continue;
        /* Where the player stands now is walkable and near what they passed. */
        lv->checkpoint_x = px;
        lv->checkpoint_y = py;
        /* Said as "Back to Grace." or "Back to the javascript gate.": a
         * person's name needs no article, a thing's does. */
        bool person = !strcmp(e->type, "mentor") || !strcmp(e->type, "npc");
        const char *what = e->name[0] ? e->name : person ? "person" : e->type;
        snprintf(lv->checkpoint_name, sizeof lv->checkpoint_name, "%s%s",
                 person && e->name[0] ? "" : "the ", what);
        return;
    }
}

bool game_guide_knocked(const game *g)
{
    return g->level.knock_ticks > 0;
}

void game_bite(game *g)
{
    game_level *lv = &g->level;
    if (lv->hurt_timer > 0 || lv->knock_ticks > 0) return;
    lv->hurt_timer = GAME_HURT_TICKS;
    lv->knock_ticks = GUIDE_KNOCK_TICKS;
    game_sound(g, "hurt");
    game_entity *p = game_entity_of(g, lv->player_id);
    if (p) {
        /* Thrown back the way the player came. */
        static const int back[4][2] = {{0, -1}, {0, 1}, {1, 0}, {-1, 0}};
        wld_set_velocity(lv->world, p->handle, back[lv->facing][0] * GUIDE_KNOCK_SPEED,
                         back[lv->facing][1] * GUIDE_KNOCK_SPEED);
    }
    char text[200];
    snprintf(text, sizeof text, "A bug in the code bit you. Back to %s.",
             lv->checkpoint_name[0] ? lv->checkpoint_name : "the start");
    game_toast(g, text);
}

/* --- where the player starts ------------------------------------------------ */

static bool guide_blocked(const game_level *lv, int32_t x, int32_t y, int w, int h)
{
    if (wld_map_rect_solid(lv->world, x / WLD_SUBPX, y / WLD_SUBPX, w, h)) return true;
    for (int i = 0; i < lv->entity_cap; i++) {
        const game_entity *e = &lv->entities[i];
        if (!e->used || e->is_player || !wld_alive(lv->world, e->handle)) continue;
        if (!(wld_flags(lv->world, e->handle) & WLD_F_SOLID)) continue;
        int32_t ex, ey;
        int ew, eh;
        wld_position(lv->world, e->handle, &ex, &ey);
        wld_size(lv->world, e->handle, &ew, &eh);
        if (x < ex + ew * WLD_SUBPX && ex < x + w * WLD_SUBPX && y < ey + eh * WLD_SUBPX &&
            ey < y + h * WLD_SUBPX)
            return true;
    }
    return false;
}

/* After the level's things are placed: a start inside a person, a plant or
 * a desk moves to the nearest free tile (breadth first from the start). */
void game_place_player(game *g)
{
    game_level *lv = &g->level;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (!p) return;
    int32_t x, y;
    int w, h;
    wld_position(lv->world, p->handle, &x, &y);
    wld_size(lv->world, p->handle, &w, &h);
    if (guide_blocked(lv, x, y, w, h)) {
        int mw = wld_map_width(lv->world), mh = wld_map_height(lv->world);
        int sx = x / WLD_SUBPX / WLD_TILE, sy = y / WLD_SUBPX / WLD_TILE;
        int32_t off_x = x - sx * WLD_TILE * WLD_SUBPX, off_y = y - sy * WLD_TILE * WLD_SUBPX;
        char *seen = calloc((size_t)mw * (size_t)mh, 1);
        int *queue = malloc(sizeof *queue * (size_t)mw * (size_t)mh);
        int head = 0, tail = 0;
        if (seen && queue && sx >= 0 && sy >= 0 && sx < mw && sy < mh) {
            queue[tail++] = sy * mw + sx;
            seen[sy * mw + sx] = 1;
        }
        static const int dx[4] = {0, 0, -1, 1}, dy[4] = {1, -1, 0, 0};
        while (head < tail) {
            int c = queue[head++], cx = c % mw, cy = c / mw;
            int32_t nx = cx * WLD_TILE * WLD_SUBPX + off_x, ny = cy * WLD_TILE * WLD_SUBPX + off_y;
            if (!guide_blocked(lv, nx, ny, w, h)) {
                wld_set_position(lv->world, p->handle, nx, ny);
                x = nx, y = ny;
                break;
            }
            for (int k = 0; k < 4; k++) {
                int ax = cx + dx[k], ay = cy + dy[k];
                if (ax < 0 || ay < 0 || ax >= mw || ay >= mh || seen[ay * mw + ax]) continue;
                if (wld_map_solid(lv->world, ax, ay)) continue;
                seen[ay * mw + ax] = 1;
                queue[tail++] = ay * mw + ax;
            }
        }
        free(seen);
        free(queue);
    }
    lv->start_x = lv->checkpoint_x = x;
    lv->start_y = lv->checkpoint_y = y;
    snprintf(lv->checkpoint_name, sizeof lv->checkpoint_name, "the start");
}
