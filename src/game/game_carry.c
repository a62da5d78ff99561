/* game_carry: the mechanics quests build on. The player carries one token at
 * a time (it rides above their head); confirm next to a slot offers it there
 * (the level's on_place decides, and a refusal says why), confirm next to a
 * slot that holds a token takes it back (on_take), confirm with nothing near
 * puts it down in front. Also the level's readout panel, and the values a
 * quest keeps across its levels. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

static void carry_set_flags(game *g, game_entity *e, uint16_t flags)
{
    wld_set_flags(g->level.world, e->handle, flags);
}

bool game_carry(game *g, int id)
{
    game_level *lv = &g->level;
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player || lv->carried) return false;
    if (e->on_slot) {
        /* Off its slot: the slot is free again, and the level hears of it. */
        int slot = e->on_slot;
        game_entity *s = game_entity_of(g, slot);
        if (s) s->holding = 0;
        e->on_slot = 0;
        scr_level_take(lv->script, slot, id);
        if (!game_entity_of(g, id)) return false; /* on_take removed it */
    }
    e->flags_before = wld_flags(lv->world, e->handle);
    /* Carried: drawn over the player, neither solid nor touching anything. */
    carry_set_flags(g, e, (uint16_t)((e->flags_before & ~(WLD_F_SOLID | WLD_F_SENSOR | WLD_F_MOVES)) |
                                     WLD_F_HIDDEN));
    lv->carried = id;
    game_sound(g, "pickup");
    game_carry_tick(g);
    return true;
}

/* In front of the player, on a free tile: where a carried token goes down. */
static bool carry_spot(game *g, int32_t *x, int32_t *y, int w, int h)
{
    game_level *lv = &g->level;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (!p) return false;
    int32_t px, py;
    int pw, ph;
    wld_position(lv->world, p->handle, &px, &py);
    wld_size(lv->world, p->handle, &pw, &ph);
    static const int ahead[4][2] = {{0, 1}, {0, -1}, {-1, 0}, {1, 0}};
    int cx = px / WLD_SUBPX + pw / 2, cy = py / WLD_SUBPX + ph / 2;
    int tx = cx / WLD_TILE + ahead[lv->facing][0], ty = cy / WLD_TILE + ahead[lv->facing][1];
    int nx = tx * WLD_TILE + (WLD_TILE - w) / 2, ny = ty * WLD_TILE + WLD_TILE - h;
    if (wld_map_rect_solid(lv->world, nx, ny, w, h)) return false;
    for (int i = 0; i < lv->entity_cap; i++) {
        const game_entity *o = &lv->entities[i];
        if (!o->used || i + 1 == lv->carried || !wld_alive(lv->world, o->handle)) continue;
        if (!(wld_flags(lv->world, o->handle) & WLD_F_SOLID) && !o->is_player) continue;
        int32_t ox, oy;
        int ow, oh;
        wld_position(lv->world, o->handle, &ox, &oy);
        wld_size(lv->world, o->handle, &ow, &oh);
        ox /= WLD_SUBPX, oy /= WLD_SUBPX;
        if (nx < ox + ow && ox < nx + w && ny < oy + oh && oy < ny + h) return false;
    }
    *x = nx * WLD_SUBPX;
    *y = ny * WLD_SUBPX;
    return true;
}

int game_drop(game *g)
{
    game_level *lv = &g->level;
    game_entity *e = game_entity_of(g, lv->carried);
    if (!e) return 0;
    int w, h;
    wld_size(lv->world, e->handle, &w, &h);
    int32_t x, y;
    if (!carry_spot(g, &x, &y, w, h)) {
        game_toast(g, "No room to put it down here.");
        return 0;
    }
    wld_set_position(lv->world, e->handle, x, y);
    carry_set_flags(g, e, e->flags_before);
    int id = lv->carried;
    lv->carried = 0;
    game_sound(g, "bump");
    return id;
}

bool game_put_on_slot(game *g, int token, int slot)
{
    game_level *lv = &g->level;
    game_entity *t = game_entity_of(g, token), *s = game_entity_of(g, slot);
    if (!t || !s || s->holding || token == slot) return false;
    /* Moved from another slot: that one is free now. */
    game_entity *before = game_entity_of(g, t->on_slot);
    if (before && before->holding == token) before->holding = 0;
    if (lv->carried == token) lv->carried = 0;
    else if (!before) t->flags_before = wld_flags(lv->world, t->handle); /* on a slot: kept from before */
    /* On the slot: drawn on it, in the way of nothing (the slot is solid). */
    int32_t sx, sy, tx, ty;
    int sw, sh, tw, th;
    wld_position(lv->world, s->handle, &sx, &sy);
    wld_size(lv->world, s->handle, &sw, &sh);
    wld_size(lv->world, t->handle, &tw, &th);
    tx = sx + (sw - tw) * WLD_SUBPX / 2;
    ty = sy + (sh - th) * WLD_SUBPX + WLD_SUBPX; /* a pixel lower: drawn over the slot */
    wld_set_position(lv->world, t->handle, tx, ty);
    carry_set_flags(g, t, (uint16_t)(t->flags_before & ~(WLD_F_SOLID | WLD_F_SENSOR | WLD_F_MOVES |
                                                         WLD_F_HIDDEN)));
    s->holding = token;
    t->on_slot = slot;
    return true;
}

bool game_carry_confirm(game *g, int target)
{
    game_level *lv = &g->level;
    if (lv->carried) {
        if (!target) {
            game_drop(g);
            return true;
        }
        /* Only a slot takes tokens; anything else (a person) is used as usual. */
        if (!scr_level_is_slot(lv->script, target)) return false;
        game_entity *s = game_entity_of(g, target);
        char why[200] = "";
        int token = lv->carried;
        if (s && !s->holding && scr_level_place(lv->script, target, token, why, sizeof why)) {
            if (game_entity_of(g, token) && lv->carried == token) game_put_on_slot(g, token, target);
            game_sound(g, "confirm");
        } else if (game_entity_of(g, token) && lv->carried == token) {
            game_toast(g, why[0] ? why : s && s->holding ? "Something is on it already."
                                                         : "That does not go there.");
            game_sound(g, "quiz_wrong");
        }
        return true;
    }
    game_entity *s = game_entity_of(g, target);
    if (s && s->holding && game_entity_of(g, s->holding)) {
        game_carry(g, s->holding);
        return true;
    }
    return false;
}

void game_carry_tick(game *g)
{
    game_level *lv = &g->level;
    game_entity *e = game_entity_of(g, lv->carried), *p = game_entity_of(g, lv->player_id);
    if (!lv->carried) return;
    if (!e) {
        lv->carried = 0; /* the level removed it */
        return;
    }
    if (!p) return;
    int32_t px, py;
    wld_position(lv->world, p->handle, &px, &py);
    wld_set_position(lv->world, e->handle, px, py);
}

void game_set_panel(game *g, const scr_panel *panel)
{
    game_panel *gp = &g->level.panel;
    memset(gp, 0, sizeof *gp);
    if (!panel) return;
    gp->shown = true;
    snprintf(gp->title, sizeof gp->title, "%s", panel->title ? panel->title : "");
    for (int i = 0; i < panel->count && i < SCR_PANEL_LINES; i++) {
        const scr_panel_line *l = &panel->lines[i];
        game_panel_line *o = &gp->lines[gp->count++];
        snprintf(o->text, sizeof o->text, "%s", l->text ? l->text : "");
        o->bar = l->bar;
        o->value = (float)l->value;
        o->marker = (float)l->marker;
        o->tone = (int)l->tone;
    }
}

/* --- values kept across a quest's levels -------------------------------------- */

static const char *keep_quest(const game *g)
{
    return g->level.loaded && g->level.def.quest ? g->level.def.quest : "";
}

bool game_keep(game *g, const char *key, const char *value)
{
    sav_progress *p = &g->progress.saved;
    const char *quest = keep_quest(g);
    if (!quest[0] || strlen(quest) > SAV_ID_MAX) return true;
    for (int i = 0; i < p->kept_count; i++) {
        if (strcmp(p->kept[i].quest, quest) || strcmp(p->kept[i].key, key)) continue;
        if (value) {
            snprintf(p->kept[i].value, sizeof p->kept[i].value, "%s", value);
        } else {
            p->kept[i] = p->kept[--p->kept_count];
        }
        g->progress.save_wanted = true;
        return true;
    }
    if (!value) return true;
    if (p->kept_count == SAV_MAX_KEPT) return false;
    sav_kept *k = &p->kept[p->kept_count++];
    snprintf(k->quest, sizeof k->quest, "%s", quest);
    snprintf(k->key, sizeof k->key, "%s", key);
    snprintf(k->value, sizeof k->value, "%s", value);
    g->progress.save_wanted = true;
    return true;
}

const char *game_kept(const game *g, const char *key)
{
    const sav_progress *p = &g->progress.saved;
    const char *quest = keep_quest(g);
    for (int i = 0; i < p->kept_count; i++)
        if (!strcmp(p->kept[i].quest, quest) && !strcmp(p->kept[i].key, key)) return p->kept[i].value;
    return NULL;
}
